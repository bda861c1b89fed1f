package id.kinerja.core.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST resource method needs (on a class: every method of it that does not say
 * otherwise). The REST layer checks it before the method runs: a caller without a valid token
 * answers 401 unless the role {@link Roles#PUBLIC} holds the permission; a caller whose roles do
 * not hold it answers 403. A resource method without this annotation is refused to everybody.
 * <p>
 * The permission says who may call the endpoint at all. Which records a caller may then see (their
 * own, their subordinates', their unit's) is the method's own check, with {@link Caller#mayRead}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresPermission {

    /** The code of a permission that some {@link PermissionProvider} declares, e.g. {@code "staff.read"}. */
    String value();
}
