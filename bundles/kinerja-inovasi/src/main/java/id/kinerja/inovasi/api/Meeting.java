package id.kinerja.inovasi.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A leader's feedback meeting with their staff: who attended, the points raised and the follow-ups agreed. */
public record Meeting(long id, String leaderNip, String unitCode, LocalDate date, String title, List<String> participants, String points,
        List<FollowUp> followUps, Instant recordedAt) {

    public Meeting {
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
    }
}
