# Multi-stage build: compile and test-free package with the Maven wrapper; the image runs the
# extracted layout (application jar + lib/) with a class data sharing (CDS) archive recorded by a
# training run at build time. See docs/deployment.md ("What the Dockerfile does").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests \
 && java -Djarmode=tools -jar target/common-ground-*.jar extract --destination /extracted \
      --application-filename common-ground.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app commonground \
 && mkdir /app && chown commonground /app
WORKDIR /app
COPY --from=build --chown=commonground /extracted /app
USER commonground
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Training run: starts the application on a throwaway embedded PostgreSQL, stops once the
# context is refreshed, and writes the classes it loaded to /app/application.jsa. PostgreSQL
# refuses to run as root, hence after USER.
RUN java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
      -jar /app/common-ground.jar --app.database.embedded.data-dir=/tmp/cds-training \
 && rm -rf /tmp/cds-training
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-Xshare:auto", "-jar", "/app/common-ground.jar"]
