package org.waymark.render;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XHTML a PDF is drawn from, as a DOM, parsed by a parser each thread keeps. openhtmltopdf
 * set up a new SAX parser and a transformer for every document (a tenth of a checklist PDF's
 * CPU) to do the same. The same safety: nothing outside the text is ever read (no external
 * DTD or entity), entity expansion is bounded, and a DOCTYPE is allowed, as it was.
 */
final class XhtmlDocuments {
    /** XHTML that does not parse: its template wrote malformed XML. */
    static final class Malformed extends RuntimeException {
        Malformed(SAXParseException e) {
            super("the XHTML its template wrote is not well-formed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " of that output: " + e.getMessage());
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(XhtmlDocuments::parser);

    private XhtmlDocuments() {}

    static Document parse(String xhtml) throws IOException {
        DocumentBuilder parser = PARSER.get();
        parser.setErrorHandler(QUIET);  // reset() below forgets it
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new Malformed(e);
        } catch (SAXException e) {
            throw new IOException("could not read the PDF's XHTML: " + e.getMessage(), e);
        } finally {
            parser.reset();
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /** Errors are thrown, as by default, but nothing is printed to standard error. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {}

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
