package org.waymark.output;

import org.waymark.diagnostic.Code;

/**
 * What the verifier found wrong in a produced page, with the offending href, id or element as
 * fields. The message is made from the fields, and so is {@link #evidence}, so pointing a fault
 * at a template line never depends on how a message is worded.
 */
public sealed interface Fault {
    Code code();

    String message();

    /** Text that the template which wrote the page most likely holds at the fault, or null. */
    String evidence();

    /** An internal link, or its anchor, that does not resolve in the output. */
    record BrokenLink(String href, Reason reason) implements Fault {
        public enum Reason {
            LEAVES_SITE("leaves the site"),
            FOLDER("names a folder; from disk it must name its index.html"),
            NO_FILE("leads to no file"),
            NO_ANCHOR("names an anchor that is not there");

            private final String words;

            Reason(String words) {
                this.words = words;
            }
        }

        public Code code() {
            return Code.OUTPUT_LINK;
        }

        public String message() {
            return "link '" + href + "' " + reason.words;
        }

        public String evidence() {
            return href;
        }
    }

    record DuplicateId(String id) implements Fault {
        public Code code() {
            return Code.OUTPUT_DUPLICATE_ID;
        }

        public String message() {
            return "id '" + id + "' is used twice";
        }

        public String evidence() {
            return "id=\"" + id + "\"";
        }
    }

    record H1Count(int count) implements Fault {
        public Code code() {
            return Code.OUTPUT_H1;
        }

        public String message() {
            return "the page has " + count + " h1 headings; it needs exactly one";
        }

        public String evidence() {
            return "<h1";
        }
    }

    /** Faults with nothing to name but the page. */
    enum Plain implements Fault {
        NO_TITLE(Code.OUTPUT_TITLE, "the page has no <title>", "<head"),
        INLINE_STYLE(Code.OUTPUT_UNSAFE, "inline <style> in the page", "<style"),
        INLINE_SCRIPT(Code.OUTPUT_UNSAFE, "inline <script> in the page", "<script"),
        /** A {@code <script type="application/json">} whose text could close the element. */
        CLOSABLE_JSON(Code.OUTPUT_UNSAFE, "a JSON block contains '</'", "application/json");

        private final Code code;
        private final String message;
        private final String evidence;

        Plain(Code code, String message, String evidence) {
            this.code = code;
            this.message = message;
            this.evidence = evidence;
        }

        public Code code() {
            return code;
        }

        public String message() {
            return message;
        }

        public String evidence() {
            return evidence;
        }
    }

    record EventHandler(String attribute, String element) implements Fault {
        public Code code() {
            return Code.OUTPUT_UNSAFE;
        }

        public String message() {
            return "event handler attribute '" + attribute + "' on <" + element + ">";
        }

        public String evidence() {
            return attribute + "=";
        }
    }

    record StyleAttribute(String element) implements Fault {
        public Code code() {
            return Code.OUTPUT_UNSAFE;
        }

        public String message() {
            return "style attribute on <" + element + ">";
        }

        public String evidence() {
            return "style=";
        }
    }

    record UnsafeUrl(String attribute, String element, String url) implements Fault {
        public Code code() {
            return Code.OUTPUT_UNSAFE;
        }

        public String message() {
            return "unsafe URL in " + attribute + " on <" + element + ">";
        }

        public String evidence() {
            return url;
        }
    }

    /**
     * A link or embed slot of the Markdown writer that the render stage did not fill: a
     * {@code wmslot:N} URL or a {@code wmslot-N} embed placeholder. Content cannot write one.
     */
    record UnfilledSlot(String marker) implements Fault {
        public Code code() {
            return Code.OUTPUT_LINK;
        }

        public String message() {
            return "'" + marker + "' is a link or embed slot that was never filled";
        }

        public String evidence() {
            return marker;
        }
    }

    record Unreadable(String reason) implements Fault {
        public Code code() {
            return Code.IO_ERROR;
        }

        public String message() {
            return "cannot read output: " + reason;
        }

        public String evidence() {
            return null;
        }
    }
}
