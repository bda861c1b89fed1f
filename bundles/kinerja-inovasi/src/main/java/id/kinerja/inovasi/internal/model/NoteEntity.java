package id.kinerja.inovasi.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.inovasi.api.Note;

/** A row of INOVASI_NOTE (db/inovasi/V1__notes.sql); a field noteDate is the column NOTE_DATE. */
@Entity
@Table(name = "INOVASI_NOTE")
public class NoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String nip;
    public LocalDate noteDate;
    public String description;
    public int minutes;
    public Timestamp createdAt;

    public Note toNote() {
        return new Note(id, nip, noteDate, description, minutes);
    }
}
