# Builds and runs the service; with NEO4J_URI set (see docker-compose.yml) it uses that Neo4j.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY import import
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/dissent-graph.jar /app/dissent-graph.jar
EXPOSE 8080
# the jar's manifest opens java.nio for Neo4j (Add-Opens), so no JVM flag is needed
ENTRYPOINT ["java", "-jar", "/app/dissent-graph.jar"]
