package org.waymark.render;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes a PDF's bytes depend on its content alone, so two builds of the same input write the
 * same file. openhtmltopdf stamps the time of writing as the creation date, and PDFBox makes
 * the file identifier from the clock; both are replaced just before the document is saved,
 * the identifier by the PDF's {@link PdfKey}.
 * The dates are {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
 * convention) when it is set to a whole number, and left out otherwise.
 */
final class PdfStamp implements PDFCreationListener {
    private final byte[] key;
    private final Optional<Calendar> date;

    /** {@code key} is the {@link PdfKey} of what the PDF is drawn from: its file identifier. */
    PdfStamp(byte[] key, Optional<Calendar> date) {
        this.key = key.clone();
        this.date = date;
    }

    /** The date that {@code SOURCE_DATE_EPOCH} names, if it is a whole number of seconds. */
    static Optional<Calendar> sourceDate(String epoch) {
        if (epoch == null || !epoch.strip().matches("[0-9]{1,12}")) return Optional.empty();
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(Long.parseLong(epoch.strip()) * 1000L);
        return Optional.of(c);
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument doc = renderer.getPdfDocument();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(date.orElse(null));
        info.setModificationDate(date.orElse(null));
        COSString id = new COSString(key);
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
