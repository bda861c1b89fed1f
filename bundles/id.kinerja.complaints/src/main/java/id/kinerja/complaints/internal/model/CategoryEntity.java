package id.kinerja.complaints.internal.model;

import javax.persistence.Cacheable;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.complaints.internal.Category;

@Entity
@Cacheable
@Table(name = "COMPLAINT_CATEGORY")
public class CategoryEntity {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public Category.Handling handling;

    public String defaultUnitCode;

    public int active;

    public Category toCategory() {
        return new Category(code, name, handling, defaultUnitCode, active == 1);
    }
}
