package jp.espa.kikan.registry;

import java.util.UUID;

public record Operator(UUID id, String corporateNumber, String name, String address) {
}
