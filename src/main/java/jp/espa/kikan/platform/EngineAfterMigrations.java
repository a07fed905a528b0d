package jp.espa.kikan.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * The process engine starts after Flyway: its tables are a migration (V14_1__Engine_schema), and the engine checks at
 * start that they exist in its version. Registered in META-INF/spring.factories.
 */
public class EngineAfterMigrations implements DependsOnDatabaseInitializationDetector {

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        return Arrays.stream(beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false))
                .map(BeanFactoryUtils::transformedBeanName).collect(Collectors.toSet());
    }
}
