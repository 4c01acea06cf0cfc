package org.newsroom.infra;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** File tree helpers. */
final class Directories {

    private Directories() {
    }

    /**
     * Deletes {@code path} and everything under it, if it exists. A symbolic link is deleted together with the tree
     * it points to (as for an Elasticsearch directory moved where its user can reach it).
     */
    static void deleteRecursively(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            Path target = path.getParent().resolve(Files.readSymbolicLink(path));
            Files.delete(path);
            deleteRecursively(target);
            return;
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
