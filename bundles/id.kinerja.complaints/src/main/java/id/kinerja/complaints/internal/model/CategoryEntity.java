package id.kinerja.complaints.internal.model;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.complaints.internal.Category;

@Entity
@Table(name = "COMPLAINT_CATEGORY")
public class CategoryEntity {

    @Id
    @Column(name = "CODE")
    public String code;

    @Column(name = "NAME", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "HANDLING", nullable = false)
    public Category.Handling handling;

    @Column(name = "DEFAULT_UNIT_CODE")
    public String defaultUnitCode;

    @Column(name = "ACTIVE", nullable = false)
    public int active;

    public Category toCategory() {
        return new Category(code, name, handling, defaultUnitCode, active == 1);
    }
}
