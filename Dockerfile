# One image per service: docker build --build-arg SERVICE=ingest-service -t newsroom/ingest-service .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests -pl ingest-service,enrich-service,publish-service -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/service.jar
ENV SERVER_ADDRESS=0.0.0.0
USER 65534
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "/app/service.jar"]
