package id.kinerja.appraisal.internal.rest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import id.kinerja.appraisal.api.OrganisationPredikat;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.appraisal.internal.AppraisalSettings;
import id.kinerja.appraisal.internal.PredikatRules;
import id.kinerja.appraisal.internal.PredikatRules.CurveLimit;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/appraisal/rules}: the city's appraisal policy and the regulation's tables as the
 * services apply them (the quadrant matrix hasil kerja × perilaku → predikat, the curve of each
 * organisation predikat), so that a screen shows a predikat as it will be without a second copy of
 * the rules.
 */
@Component(service = RestResource.class, configurationPid = AppraisalSettings.PID)
@javax.ws.rs.Path("/v1/appraisal/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource implements RestResource {

    /** The policy in force and the tables: {@code matrix[hasilKerja][perilaku]} is the predikat. */
    public record Rules(AppraisalSettings.Periodicity periodicity, AppraisalSettings.ScoringMethod scoringMethod, int objectionDays,
            PredikatRules.AnnualRule annualRule, Map<Rating, Map<Rating, Predikat>> matrix,
            Map<OrganisationPredikat, List<CurveLimit>> curves) {
    }

    private volatile AppraisalSettings settings;

    @Activate
    public RulesResource(AppraisalSettings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(AppraisalSettings changed) {
        this.settings = changed;
    }

    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public Rules rules() {
        return rulesOf(settings);
    }

    static Rules rulesOf(AppraisalSettings settings) {
        Map<Rating, Map<Rating, Predikat>> matrix = new EnumMap<>(Rating.class);
        for (Rating hasilKerja : Rating.values()) {
            Map<Rating, Predikat> row = new EnumMap<>(Rating.class);
            for (Rating perilaku : Rating.values()) {
                row.put(perilaku, PredikatRules.predikat(hasilKerja, perilaku));
            }
            matrix.put(hasilKerja, row);
        }
        return new Rules(settings.periodicity(), settings.scoringMethod(), settings.objectionDays(), settings.annualRule(), matrix,
                PredikatRules.CURVES);
    }
}
