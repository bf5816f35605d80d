# syntax=docker/dockerfile:1
# Bravo as one container: built with the Maven wrapper, run on a JRE as a non-root user.
# The base images are build arguments so that a build can swap them (a mirror, a stand-in).
ARG JDK_IMAGE=eclipse-temurin:21-jdk
ARG JRE_IMAGE=eclipse-temurin:21-jre

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY mvnw pom.xml package.json package-lock.json ./
COPY .mvn .mvn
COPY frontend frontend
COPY src src
# The trust store Maven downloads with: the JDK's CA certificates (some images link cacerts to a file
# they lack), the system's bundle, and any docker/ca-certificates/*.crt (a TLS-intercepting proxy).
COPY docker docker
RUN java docker/TrustStore.java /tmp/build-truststore.p12 \
      $(ls /etc/ssl/certs/ca-certificates.crt docker/ca-certificates/*.crt 2>/dev/null) \
 && cat $(ls /etc/ssl/certs/ca-certificates.crt docker/ca-certificates/*.crt 2>/dev/null) /dev/null > /tmp/build-ca.pem
# -Dno-embedded-db leaves the embedded MariaDB's binaries (about 150 MB) out: production uses a
# real server. Tests run in CI (.ci/run), not here. The build installs Node.js and npm from the npm
# registry (.mvn/node/InstallNode.java) for the front-end bundle; npm trusts the same certificates.
RUN export JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=/tmp/build-truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit" \
           NODE_EXTRA_CA_CERTS=/tmp/build-ca.pem \
 && ./mvnw -B -q -Dno-embedded-db -DskipTests package \
 && java -Djarmode=tools -jar target/bravo-*.jar extract --layers --launcher --destination /app \
 && mkdir -p /app/dependencies /app/spring-boot-loader /app/snapshot-dependencies /app/application

FROM ${JRE_IMAGE}
RUN groupadd --system --gid 10001 bravo \
 && useradd --system --uid 10001 --gid bravo --home-dir /app --no-create-home --shell /usr/sbin/nologin bravo
WORKDIR /app
# least to most often changed, so that a code change rebuilds only the last layer
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    SERVER_PORT=8080
EXPOSE 8080
# no curl in the image: ask /actuator/health with bash's /dev/tcp
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
