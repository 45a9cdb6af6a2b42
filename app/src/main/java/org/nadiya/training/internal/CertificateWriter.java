package org.nadiya.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.nadiya.training.Participant;
import org.nadiya.training.TrainingEvent;
import org.springframework.stereotype.Component;

/**
 * A one-page participation certificate (A4 landscape, Ukrainian and English) drawn with PDFBox. Cyrillic needs an
 * embedded font: DejaVu Sans (subset) ships in {@code /fonts} under its own free licence (decision 0021).
 */
@Component
class CertificateWriter {

    private static final float MARGIN = 60;

    byte[] write(TrainingEvent event, Participant participant, List<String> topicNames) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - 90;
            try (var text = new PDPageContentStream(document, page)) {
                text.setLineWidth(2);
                text.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                text.stroke();
                y = centred(text, bold, 30, "СЕРТИФІКАТ · CERTIFICATE", width, y) - 30;
                y = centred(text, regular, 14, "засвідчує, що · certifies that", width, y) - 18;
                y = centred(text, bold, 24, participant.name(), width, y) - 30;
                y = centred(text, regular, 14, "взяв(ла) участь у заході · took part in", width, y) - 8;
                for (String line : wrap(regular, 16, "«" + event.title() + "»", width - 2 * MARGIN)) {
                    y = centred(text, regular, 16, line, width, y) - 4;
                }
                y -= 8;
                y = centred(text, regular, 12, event.startsOn() + " – " + event.endsOn() + ", " + event.place(), width, y) - 4;
                y = centred(text, regular, 12, "Днів участі · Days attended: " + participant.daysAttended().size() + " / "
                        + event.days().size(), width, y) - 14;
                for (String line : wrap(regular, 11, "Теми · Topics: " + String.join("; ", topicNames), width - 2 * MARGIN)) {
                    y = centred(text, regular, 11, line, width, y) - 2;
                }
                y -= 14;
                for (String line : wrap(regular, 11, "Організатори · Organisers: " + event.organisers()
                        + (event.funders() == null ? "" : " · За підтримки · Funded by: " + event.funders()), width - 2 * MARGIN)) {
                    y = centred(text, regular, 11, line, width, y) - 2;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = CertificateWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    private static float centred(PDPageContentStream text, PDFont font, float size, String line, float width, float y)
            throws IOException {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(Math.max(MARGIN, (width - lineWidth) / 2), y);
        text.showText(line);
        text.endText();
        return y - size * 1.2f;
    }

    private static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
