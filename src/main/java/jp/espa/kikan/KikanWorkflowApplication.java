package jp.espa.kikan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling // overview.OperationsMetrics
public class KikanWorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(KikanWorkflowApplication.class, args);
    }
}
