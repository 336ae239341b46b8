package org.ertstorage.adapter.formats.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextOutTest {

    @Test
    void givenTextAcrossAndBeyondTheBuffer_write_keepsEveryByteInOrder() throws IOException {
        var out = new ByteArrayOutputStream();
        var text = new TextOut(out);
        var expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String number = Integer.toString(i * 7919);
            text.ascii(number);
            text.write(',');
            expected.append(number).append(',');
        }
        String longer = "ø".repeat(40_000);
        text.utf8(longer);
        text.ascii("-1.5e-07");
        text.flush();
        expected.append(longer).append("-1.5e-07");
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }
}
