package org.waymark.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.Optional;

/**
 * What a checklist's PDF is made from, as a digest: the XHTML drawn, the date stamped on it,
 * the project's fonts, and the versions of the code that draws it. It is the PDF's file
 * identifier, so a rebuild finds it in the last site's PDF ({@link OldPdf}) and keeps that file
 * rather than drawing the same bytes again. Raise {@link #DRAWING} with any change to
 * {@link ChecklistPdf#draw}, {@link PdfFonts} or {@link PdfStamp} that changes a PDF drawn from
 * the same XHTML, so that no rebuild keeps a PDF drawn the old way.
 */
final class PdfKey {
    static final int DRAWING = 2;
    private static final String CODE = "waymark " + version(PdfKey.class.getPackage().getImplementationVersion())
            + ", pdfbox " + version(org.apache.pdfbox.util.Version.getVersion()) + ", drawing " + DRAWING;

    private PdfKey() {}

    static byte[] of(String xhtml, Optional<Calendar> date, String fonts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
            String rest = "\0" + date.map(c -> Long.toString(c.getTimeInMillis())).orElse("") + "\0" + fonts + "\0" + CODE;
            md5.update(rest.getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }

    private static String version(String v) {
        return v == null ? "unversioned" : v;
    }
}
