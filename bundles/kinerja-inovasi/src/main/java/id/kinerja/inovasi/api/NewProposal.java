package id.kinerja.inovasi.api;

import java.util.List;

/** A proposal as its proposer submits it; {@code team} the other members (may be empty). */
public record NewProposal(String title, String problem, String solution, List<String> team) {
}
