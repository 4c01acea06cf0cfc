/**
 * The one Spring Kafka hook the stages share: {@link org.newsroom.metrics.spring.PollMetricsInterceptor}, a batch
 * interceptor over a stage's {@link org.newsroom.metrics.PollMetrics}. The only package of this module that uses
 * Spring ({@code spring-kafka}, an optional dependency: the services bring it).
 */
package org.newsroom.metrics.spring;
