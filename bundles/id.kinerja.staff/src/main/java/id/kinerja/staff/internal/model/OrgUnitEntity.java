package id.kinerja.staff.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ORG_UNIT")
public class OrgUnitEntity {

    @Id
    private String code;

    private String name;

    private String parentCode;

    private Timestamp createdAt;

    private String headNip;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public Timestamp getCreatedAt() { return createdAt; }
    public void setCreatedAt(Timestamp createdAt) { this.createdAt = createdAt; }
    public String getHeadNip() { return headNip; }
    public void setHeadNip(String headNip) { this.headNip = headNip; }
}
