package jp.espa.kikan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KikanWorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(KikanWorkflowApplication.class, args);
    }
}
