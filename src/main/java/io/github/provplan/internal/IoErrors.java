package io.github.provplan.internal;

import java.io.IOException;

/** What an I/O error says, in a data maintainer's words. */
public final class IoErrors {
    private IoErrors() {
    }

    /**
     * What went wrong, without the path again (the message around it names the file already, and a long path
     * repeated would push the reason past the line): {@code permission denied}, {@code no such file},
     * {@code No space left on device}.
     */
    public static String describe(IOException cause) {
        String detail = cause instanceof java.nio.file.FileSystemException system ? system.getReason()
                : cause.getMessage();
        String kind = switch (cause.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemLoopException" -> "a symbolic link loops back on itself";
            case "NotDirectoryException" -> "not a directory";
            case "FileAlreadyExistsException" -> "a file of that name exists";
            case "DirectoryNotEmptyException" -> "a directory that is not empty stands there";
            default -> detail == null ? cause.getClass().getSimpleName() : detail;
        };
        return Echo.message(detail == null || kind.equals(detail) ? kind : kind + " (" + detail + ")");
    }
}
