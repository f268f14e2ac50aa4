package io.mesorecords.query.projection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A read-side test context: the projections' pooled streaming processors read an embedded event store in the same
 * in-memory H2 database as the read models and the token store. All read-side tests share one context (and
 * database), so each test uses fresh ids. Requests authenticate as {@link ReadSideSecurity} says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(ReadSideSecurity.class)
@SpringBootTest(
        classes = ReadSideTestApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1;"
                    + "INIT=RUNSCRIPT FROM 'classpath:eventstore/h2.sql'",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "axon.axonserver.enabled=false",
            "axon.update-check.disabled=true",
            "axon.serializer.general=jackson3",
            "axon.serializer.events=jackson3",
            "axon.serializer.messages=jackson3",
            "mesorecords.projections.batch-size=100",
            "mesorecords.projections.read-your-writes-timeout=2s"
        })
public @interface ReadSideTest {}
