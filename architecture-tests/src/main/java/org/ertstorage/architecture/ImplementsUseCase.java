package org.ertstorage.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A service exists to implement at least one incoming port. */
final class ImplementsUseCase extends ArchCondition<JavaClass> {

    private ImplementsUseCase() {
        super("implement at least one *UseCase");
    }

    static ImplementsUseCase condition() {
        return new ImplementsUseCase();
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        boolean implementsUseCase = javaClass.getAllRawInterfaces().stream()
                .anyMatch(i -> i.getSimpleName().endsWith("UseCase") && i.getPackageName().contains(".application.port.in"));
        events.add(new SimpleConditionEvent(javaClass, implementsUseCase,
                javaClass.getName() + (implementsUseCase ? " implements" : " does not implement") + " a *UseCase"));
    }
}
