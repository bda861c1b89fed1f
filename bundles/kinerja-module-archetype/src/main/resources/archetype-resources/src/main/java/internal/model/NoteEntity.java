package ${package}.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import ${package}.api.Note;

/** A row of ${moduleName.toUpperCase()}_NOTE (db/${moduleName}/V1__notes.sql); a field noteDate is the column NOTE_DATE. */
@Entity
@Table(name = "${moduleName.toUpperCase()}_NOTE")
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
