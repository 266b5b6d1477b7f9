package org.waymark.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.waymark.output.OutputFile;

/**
 * The files of the site a build replaces, by output path: where a PDF that would be drawn the
 * same is taken from ({@link OldPdf}). The last site on disk ({@code build}), or the last
 * build's files in memory ({@code serve}).
 */
@FunctionalInterface
public interface OldFiles {
    OldFiles NONE = path -> Optional.empty();

    /** The file's bytes, if the old site has it as a regular file that can be read. */
    Optional<byte[]> read(String path);

    /** What the build that wrote the old site kept of its PDFs' keys: {@link PdfKeys#NONE} unless given. */
    default PdfKeys pdfKeys() {
        return PdfKeys.NONE;
    }

    /** The site in {@code folder}, as {@link #in(Path)}, whose PDFs' keys {@code keys} holds. */
    static OldFiles in(Path folder, PdfKeys keys) {
        OldFiles files = in(folder);
        return new OldFiles() {
            @Override
            public Optional<byte[]> read(String path) {
                return files.read(path);
            }

            @Override
            public PdfKeys pdfKeys() {
                return keys;
            }
        };
    }

    /** The site in {@code folder}; a link is not followed, and an unreadable file is as good as missing. */
    static OldFiles in(Path folder) {
        return path -> {
            Path file = folder.resolve(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    /** The files a build wrote into memory, by output path (files of content/ are not drawn, so never kept). */
    static OldFiles of(Map<String, OutputFile> files) {
        return path -> files.get(path) instanceof OutputFile.Written w ? Optional.of(w.bytes()) : Optional.empty();
    }
}
