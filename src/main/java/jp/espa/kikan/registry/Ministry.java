package jp.espa.kikan.registry;

/** A competent ministry (主務大臣の府省) and the Camunda group of its reviewers. */
public record Ministry(String code, String nameJa, String reviewerGroup) {
}
