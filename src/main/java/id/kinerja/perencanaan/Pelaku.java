package id.kinerja.perencanaan;

/** Who takes a workflow step: the account and the person's name at that moment. */
public record Pelaku(String username, String nama) {
}
