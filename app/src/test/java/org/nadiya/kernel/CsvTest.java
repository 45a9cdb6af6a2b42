package org.nadiya.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void rowsKeepTheLineTheyStartOnPastBlankLinesAndQuotedLineBreaks() {
        var rows = Csv.read("\uFEFFkind,value\n\nphone,\"+380 67, 123\"\r\naddress,\"вул. Лесі\nУкраїнки, 1\"\nemail,\"a\"\"b@x.ua\"\n");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 3, 4, 6);
        assertThat(rows.get(0).cells()).containsExactly("kind", "value");
        assertThat(rows.get(1).cells()).containsExactly("phone", "+380 67, 123");
        assertThat(rows.get(2).cells()).containsExactly("address", "вул. Лесі\nУкраїнки, 1");
        assertThat(rows.get(3).cell(1)).isEqualTo("a\"b@x.ua");
        assertThat(rows.get(3).cell(5)).isEmpty();
    }

    @Test
    void anUnclosedQuoteAndBytesThatAreNotUtf8AreNamedByLine() {
        assertThatThrownBy(() -> Csv.read("a,b\nx,y\n\"open,y\n"))
                .isInstanceOfSatisfying(Csv.BadCsv.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.notUtf8()).isFalse();
                    assertThat(e).hasMessage("line 3: a quoted field is not closed");
                });
        byte[] latin1 = "a,b\nÖl,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Csv.read(latin1)).isInstanceOfSatisfying(Csv.BadCsv.class,
                e -> assertThat(e.notUtf8()).isTrue());
    }

    @Test
    void writtenRowsDefuseFormulasAndQuoteWhereNeeded() {
        assertThat(Csv.line(List.of("=1+2", "-12.5", "a,b", "say \"hi\"", "+380671234567")))
                .isEqualTo("'=1+2,-12.5,\"a,b\",\"say \"\"hi\"\"\",'+380671234567");
        var back = Csv.read(Csv.line(List.of("x\ny", "z")) + "\n");
        assertThat(back.get(0).cells()).containsExactly("x\ny", "z");
    }
}
