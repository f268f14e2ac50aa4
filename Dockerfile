# syntax=docker/dockerfile:1
# One image for both services. It runs the command service unless told otherwise:
#   docker run mesorecords query          (first argument: command | query)
#   docker run -e MESORECORDS_SERVICE=query mesorecords
ARG JDK_IMAGE=eclipse-temurin:17-jdk-jammy
ARG JRE_IMAGE=eclipse-temurin:17-jre-jammy

FROM ${JDK_IMAGE} AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY shared/ shared/
COPY platform/ platform/
COPY privacy/ privacy/
COPY command/ command/
COPY query/ query/
COPY app/pom.xml app/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl command,query -am -DskipTests -Dspotless.check.skip=true package
# Both executable jars, extracted into one set of Spring Boot layers: the dependency jars are the same for both
# services, so they are stored once and change least often; each service's own jar sits in the last layer.
RUN for side in command query; do \
      java -Djarmode=tools -jar "$side/target/mesorecords-$side-0.1.0-SNAPSHOT-exec.jar" \
        extract --layers --destination "/layers/$side" --application-filename "$side.jar" || exit 1; \
    done \
 && for layer in dependencies spring-boot-loader snapshot-dependencies application; do \
      mkdir -p "/merged/$layer" && cp -r /layers/command/$layer/. /layers/query/$layer/. "/merged/$layer/"; \
    done

FROM ${JRE_IMAGE}
RUN groupadd --system mesorecords && useradd --system --gid mesorecords --home-dir /app --no-create-home mesorecords
WORKDIR /app
COPY --from=build /merged/dependencies/ ./
COPY --from=build /merged/spring-boot-loader/ ./
COPY --from=build /merged/snapshot-dependencies/ ./
COPY --from=build /merged/application/ ./

COPY --chmod=755 <<'EOF_RUN' /usr/local/bin/mesorecords
#!/bin/sh
set -eu
service="${MESORECORDS_SERVICE:-command}"
case "${1:-}" in command | query) service="$1"; shift ;; esac
case "$service" in
  command | query) exec java -jar "/app/$service.jar" "$@" ;;
  *) echo "mesorecords: unknown service '$service' (command or query)" >&2; exit 64 ;;
esac
EOF_RUN

# Bash alone, no curl in the image: a plain HTTP/1.0 request, healthy when actuator answers 200 (503 when down).
COPY --chmod=755 <<'EOF_HEALTH' /usr/local/bin/healthcheck
#!/bin/bash
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT}" || exit 1
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r _ status _ <&3
[ "$status" = 200 ]
EOF_HEALTH

ENV MESORECORDS_SERVICE=command \
    SERVER_PORT=8080 \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER mesorecords
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["healthcheck"]
ENTRYPOINT ["mesorecords"]
