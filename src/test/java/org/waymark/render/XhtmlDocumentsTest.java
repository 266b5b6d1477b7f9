package org.waymark.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The kept parser: well-formed XHTML parses the same on every use, and malformed XHTML is
 * thrown with its line and column, every time, with nothing printed to standard error (the
 * JDK's parser prints fatal errors there unless told otherwise, and forgets that on reset).
 */
class XhtmlDocumentsTest {
    @Test
    void eachUseParsesAndReportsAlikeAndPrintsNothing() throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                XhtmlDocuments.Malformed m = assertThrows(XhtmlDocuments.Malformed.class,
                        () -> XhtmlDocuments.parse("<html>\n<p>a</b></html>"));
                assertEquals(true, m.getMessage().startsWith("the XHTML its template wrote is not well-formed at line 2, column 7"),
                        m.getMessage());
                assertEquals("html", XhtmlDocuments.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>a</p></html>")
                        .getDocumentElement().getLocalName());
            }
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
