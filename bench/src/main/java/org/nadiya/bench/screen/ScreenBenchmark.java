package org.nadiya.bench.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.nadiya.bench.Rates;
import org.nadiya.screen.Ad;
import org.nadiya.screen.RiskLevel;
import org.nadiya.screen.ScreenRules;
import org.nadiya.screen.Screener;

/**
 * Screening throughput: N generated ads (half lures of five to ten risky sentences, half ordinary postings with
 * employer, pay and contract; Ukrainian, Russian and English; about 450 characters on average; contacts to extract) screened
 * on every core, five timed runs after a warm-up. The run checks the levels against the generated truth, so a
 * fast wrong screener fails.
 *   args: [ads=50000] [seed=5]
 */
public final class ScreenBenchmark {

    private static final String[] RISKY = {
        "ТЕРМІНОВО! Дівчата 18-25 на роботу хостес у Дубаї.", "Без досвіду, квитки за наш рахунок.",
        "З/п від 4000 $ на місяць.", "Фото в повний зріст скиньте в телеграм.", "Житло надається, проживання вираховується з зарплати.",
        "СРОЧНО! Девушки 18-25 для работы моделью за границей.", "Без знания языка, жилье бесплатное, выезд завтра.",
        "Оплата наличными ежедневно, паспорт хранится у координатора.", "Пишите только в вайбер.",
        "URGENT! Girls 18-24 wanted as dancers in a night club in Cyprus.", "No experience, free flights, €3000 per week.",
        "Send full-length photos on WhatsApp.", "Registration fee €200 upfront.", "Work on a tourist visa, no work permit needed.",
    };
    private static final String[] ORDINARY = {
        "Бухгалтер у Львові, досвід від 2 років.", "Офіційне працевлаштування, соціальний пакет.", "Зарплата 22 000 грн.",
        "Повар в ресторан, Одесса, опыт обязателен.", "Трудовой договор, оплачиваемый отпуск.", "Зарплата 25 000 грн в месяц.",
        "Java developer, remote, 3+ years of experience.", "Employment contract, paid holiday.", "Salary UAH 30,000 per month.",
        "Графік 2/2, навчання за рахунок компанії.", "Требования: профильное образование, английский B1.",
        "Apply with your CV; interviews at our Kyiv office.",
    };
    private static final String[] CONTACTS = {"+1 202 555 0101", "@recruit_example", "t.me/jobs_example", "hr@example.org",
        "https://careers.example.com/apply", "viber +1 303 555 0112", "GB82 WEST 1234 5698 7654 32"};

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5L;
        var random = new Random(seed);
        List<Ad> ads = new ArrayList<>(count);
        boolean[] risky = new boolean[count];
        long chars = 0;
        for (int i = 0; i < count; i++) {
            risky[i] = i % 2 == 0;
            var text = new StringBuilder();
            String[] pool = risky[i] ? RISKY : ORDINARY;
            int sentences = risky[i] ? 5 + random.nextInt(6) : 7 + random.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                text.append(pool[random.nextInt(pool.length)]).append(' ');
            }
            text.append(CONTACTS[random.nextInt(CONTACTS.length)]);
            chars += text.length();
            ads.add(new Ad("ad-" + i, text.toString(), null, risky[i] ? null : "ТОВ «Приклад " + i + "»", null, null, null, null));
        }
        var screener = Screener.withoutCardKey(ScreenRules.defaults());
        RiskLevel[] levels = new RiskLevel[count];
        AtomicInteger selectors = new AtomicInteger();
        Runnable run = () -> IntStream.range(0, count).parallel().forEach(i -> {
            var s = screener.screen(ads.get(i));
            levels[i] = s.level();
            selectors.addAndGet(s.selectors().size());
        });
        double[] rates = Rates.measure(count, run);
        int caught = 0;
        int falseAlarms = 0;
        for (int i = 0; i < count; i++) {
            boolean flagged = levels[i] != RiskLevel.LOW;
            caught += flagged && risky[i] ? 1 : 0;
            falseAlarms += flagged && !risky[i] ? 1 : 0;
        }
        double recall = caught / (count / 2.0);
        double falseRate = falseAlarms / (count / 2.0);
        System.out.printf(Locale.ROOT, "ads %d (mean %d chars), cores %d: median %.0f ads/s (min %.0f, max %.0f); %d selectors a run%n",
                count, chars / count, Runtime.getRuntime().availableProcessors(), rates[2], rates[0], rates[4], selectors.get() / 8);
        System.out.printf(Locale.ROOT, "generated truth: lures flagged %.4f, ordinary flagged %.4f%n", recall, falseRate);
        if (recall < 0.9 || falseRate > 0.1) {
            System.out.println("FAILED: the screener is wrong on the generated truth");
            System.exit(1);
        }
    }
}
