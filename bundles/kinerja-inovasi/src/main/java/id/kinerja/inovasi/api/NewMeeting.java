package id.kinerja.inovasi.api;

import java.util.List;

/** A meeting as its leader records it; the date as YYYY-MM-DD. */
public record NewMeeting(String date, String title, List<String> participants, String points, List<NewFollowUp> followUps) {
}
