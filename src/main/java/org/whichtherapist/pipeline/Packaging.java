package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.ledger.TargetFolders;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.publish.SiteArchive;

/**
 * The publishing stages that need the finished folder but not the checks' verdict, on a thread of their own while
 * the checks run: the .gz/.br copies finished ({@link Precompressor}), then {@code site.zip} made
 * ({@link SiteArchive}, only when publishing). The zip is put in place only when the build has passed its checks.
 */
final class Packaging {
    private record Packed(Precompressor.Result compressed, Optional<SiteArchive.Made> zip) {
    }

    private final Precompressor compressing;
    private final CompletableFuture<Packed> packed = new CompletableFuture<>();

    /** Starts finishing {@code compressing} and zipping {@code folder}, the finished site. */
    Packaging(BuildContext context, Precompressor compressing, Path folder) {
        this.compressing = compressing;
        Thread thread = new Thread(() -> {
            try {
                Precompressor.Result compressed = compressing.finish();
                Optional<SiteArchive.Made> zip = context.options().mode() == BuildMode.PUBLISH
                        ? Optional.of(new SiteArchive(new TargetFolders(context.project()).lastZip())
                                .make(folder, SiteArchive.archiveOf(context.output())))
                        : Optional.empty();
                packed.complete(new Packed(compressed, zip));
            } catch (Throwable e) { // whatever it is, the build waiting for it hears of it
                packed.completeExceptionally(e);
            }
        }, "precompress-and-zip");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for both, and puts the zip in place; returns what was compressed. */
    Precompressor.Result finish() throws IOException, BuildFailedException {
        Packed done = await();
        if (done.zip().isPresent()) {
            done.zip().get().publish();
        }
        return done.compressed();
    }

    /** Stops compressing, and throws the zip away once made: the build failed. */
    void abandon() {
        compressing.close();
        try {
            Optional<SiteArchive.Made> zip = await().zip();
            if (zip.isPresent()) {
                zip.get().discard();
            }
        } catch (BuildFailedException | IOException | RuntimeException | Error e) {
            // the build is failing already, with its own problems to report
        }
    }

    private Packed await() throws IOException, BuildFailedException {
        try {
            return packed.join();
        } catch (CompletionException e) {
            throw BuildWatchdog.rethrow(e.getCause());
        }
    }
}
