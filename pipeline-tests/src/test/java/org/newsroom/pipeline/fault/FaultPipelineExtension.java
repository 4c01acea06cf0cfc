package org.newsroom.pipeline.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newsroom.infra.junit.LocalInfraExtension;

/**
 * Resolves a {@link FaultPipeline} parameter: one pipeline for every fault test class of the run, started the first
 * time a class asks and stopped when the run ends. Register after {@link LocalInfraExtension}.
 */
final class FaultPipelineExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FaultPipelineExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FaultPipeline.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(FaultPipeline.class, key -> {
            try {
                return FaultPipeline.start(LocalInfraExtension.localInfra());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, FaultPipeline.class);
    }
}
