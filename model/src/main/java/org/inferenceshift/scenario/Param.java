package org.inferenceshift.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the accepted range and unit of a numeric scenario parameter. The loader checks every
 * annotated record component against its range and reports the JSON path of a violation; the
 * documentation table and the GUI sliders read the same declaration, so a range is written once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Unit, in words a reader understands ("USD/month", "OOM", "share"). */
    String unit() default "";

    /** One sentence: what the parameter means in the model. */
    String doc() default "";
}
