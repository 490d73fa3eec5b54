package org.whichtherapist.render.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.render.BodyReads;

/**
 * JBake's {@code Oven.bake()} without its database and crawler: the outputs the {@link BakeScope} names
 * ({@link SiteRenderer}) rendered on all cores at once, then JBake copies the assets.
 */
final class SiteOven {
    private final JBakeConfiguration config;
    private final SiteRenderer renderer;

    SiteOven(JBakeConfiguration config, SiteRenderer renderer) {
        new JBakeConfigurationInspector(config).inspect();
        this.config = config;
        this.renderer = renderer;
    }

    /** Writing one output, which may fail. */
    private interface Work {
        void run() throws Exception;
    }

    private record Job(String uri, Work work) {
        Throwable run() {
            try {
                work.run();
                return null;
            } catch (Exception e) {
                return e;
            }
        }
    }

    /** Bakes what {@code scope} names, recording into {@code dependencies}; returns what went wrong (nothing, on success). */
    List<Throwable> bake(SiteContent site, BakeScope scope, BodyDependencies dependencies) {
        String locale = config.getJvmLocale();
        if (locale != null) {
            Locale.setDefault(LocaleUtils.toLocale(locale));
        }
        Stream<Job> pages = site.all().stream().map(page -> new Job(page.uri(), () -> renderer.render(page)));
        Stream<Job> lists = renderer.outputs().stream().map(output -> new Job(output.uri(), () -> renderer.write(output)));
        List<Throwable> errors = new ArrayList<>(Stream.concat(pages, lists).toList().parallelStream()
                .filter(job -> scope.renders().test(BodyDependencies.pagePart(job.uri()))).map(job -> {
                    BodyReads.Recorded<Throwable> ran = BodyReads.recording(job::run);
                    dependencies.record(BodyDependencies.pagePart(job.uri()), ran.bodiesRead());
                    return ran.result();
                }).filter(Objects::nonNull).toList());
        if (scope.whole()) {
            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());
        }
        return errors;
    }
}
