package id.kinerja.complaints.internal.rest;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.complaints.internal.Category;
import id.kinerja.complaints.internal.ComplaintIntake;
import id.kinerja.complaints.internal.ComplaintPermissions;
import id.kinerja.complaints.internal.NewComplaint;
import id.kinerja.complaints.internal.Open311Publication;
import id.kinerja.complaints.internal.Published;
import id.kinerja.complaints.internal.Receipt;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.time.CityTime;

/**
 * Open311 GeoReport v2 (services, requests, request by id; {@code .json} and {@code .xml}), so that
 * existing citizen apps work: served at {@code /open311/v2/...} (see {@link Open311Servlet}) and at
 * {@code /api/v1/open311/v2/...}. Only complaints not marked confidential are published, never who
 * filed them; a new request is filed like any public complaint (same checks, same rate limit) and its
 * notice carries the secret the citizen needs to follow, rate or reopen it.
 */
@Component(service = RestResource.class)
@Path("/v1/open311/v2")
public class Open311Resource implements RestResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ComplaintIntake complaints;
    private final Open311Publication publication;
    private final CityTime city;

    @Activate
    public Open311Resource(@Reference ComplaintIntake complaints, @Reference Open311Publication publication, @Reference CityTime city) {
        this.complaints = complaints;
        this.publication = publication;
        this.city = city;
    }

    @GET
    @Path("/services.{format}")
    @RequiresPermission(ComplaintPermissions.FILE)
    public Response services(@PathParam("format") String format) {
        return answer(format, "services", "service", () -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Category c : complaints.categories()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("service_code", c.code());
                row.put("service_name", c.name());
                row.put("description", c.name() + " (ditindaklanjuti paling lambat " + c.handling().workingDays() + " hari kerja setelah diverifikasi)");
                row.put("metadata", false);
                row.put("type", "realtime");
                row.put("keywords", "");
                row.put("group", "pengaduan");
                rows.add(row);
            }
            return rows;
        });
    }

    @GET
    @Path("/requests.{format}")
    @RequiresPermission(ComplaintPermissions.FILE)
    public Response requests(@Context HttpServletRequest request, @PathParam("format") String format,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
            @QueryParam("status") String status) {
        return answer(format, "service_requests", "request", () -> {
            complaints.admitLookup(client(request));
            if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
                throw KinerjaException.badRequest("INVALID_STATUS", "status", "status: open atau closed", "status: open or closed");
            }
            List<String> codes = ids == null || ids.isBlank() ? null : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return publication.published(codes, blank(serviceCode), blank(status), instant(startDate, "start_date"), instant(endDate, "end_date"))
                    .stream().map(this::row).toList();
        });
    }

    @GET
    @Path("/requests/{id}.{format}")
    @RequiresPermission(ComplaintPermissions.FILE)
    public Response request(@Context HttpServletRequest request, @PathParam("id") String id, @PathParam("format") String format) {
        return answer(format, "service_requests", "request", () -> {
            complaints.admitLookup(client(request));
            List<Map<String, Object>> rows = publication.published(List.of(id), null, null, null, null).stream().map(this::row).toList();
            if (rows.isEmpty()) {
                throw KinerjaException.notFound("NOT_FOUND", null, "Permintaan " + id + " tidak ditemukan", "Request " + id + " not found");
            }
            return rows;
        });
    }

    @POST
    @Path("/requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(ComplaintPermissions.FILE)
    public Response create(@Context HttpServletRequest request, @PathParam("format") String format, @FormParam("service_code") String serviceCode,
            @FormParam("lat") BigDecimal latitude, @FormParam("long") BigDecimal longitude, @FormParam("address_string") String address,
            @FormParam("email") String email, @FormParam("first_name") String firstName, @FormParam("last_name") String lastName,
            @FormParam("phone") String phone, @FormParam("description") String description) {
        return answer(format, "service_requests", "request", () -> {
            complaints.admit(client(request));
            if (latitude == null && address == null) {
                throw KinerjaException.badRequest("LOCATION_REQUIRED", "lat", "Lokasi wajib: lat/long atau address_string",
                        "A location is required: lat/long or address_string");
            }
            String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
            boolean anonymous = name.isEmpty() && blank(email) == null && blank(phone) == null;
            Receipt receipt = complaints.file(new NewComplaint(serviceCode, null, description, address, latitude,
                    longitude, name.isEmpty() ? null : name, blank(email), blank(phone), anonymous, false));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("service_request_id", receipt.trackingCode());
            row.put("service_notice", "Simpan kode " + receipt.trackingCode() + " dan kata sandi " + receipt.secret()
                    + " untuk mengikuti, menilai atau membuka kembali pengaduan; verifikasi paling lambat " + receipt.verifyDue());
            row.put("account_id", null);
            row.put("secret", receipt.secret());
            return List.of(row);
        });
    }

    /** One request as Open311 shows it, times in the city's zone. */
    private Map<String, Object> row(Published p) {
        ZoneId zone = city.zone();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("service_request_id", p.trackingCode());
        row.put("status", p.status());
        row.put("status_notes", p.statusNotes());
        row.put("service_name", p.serviceName());
        row.put("service_code", p.serviceCode());
        row.put("description", null);
        row.put("agency_responsible", p.unitName());
        row.put("service_notice", null);
        row.put("requested_datetime", OffsetDateTime.ofInstant(p.requestedAt(), zone).toString());
        row.put("updated_datetime", OffsetDateTime.ofInstant(p.updatedAt(), zone).toString());
        row.put("expected_datetime", p.expected() == null ? null : p.expected().atTime(23, 59, 59).atZone(zone).toOffsetDateTime().toString());
        row.put("address", null);
        row.put("address_id", null);
        row.put("zipcode", null);
        row.put("lat", p.latitude());
        row.put("long", p.longitude());
        row.put("media_url", null);
        return row;
    }

    /** The rows in the format asked for, or Open311's error list (with the HTTP status of the problem). */
    private static Response answer(String format, String root, String element, java.util.function.Supplier<List<Map<String, Object>>> rows) {
        if (!"json".equals(format) && !"xml".equals(format)) {
            return error("json", 404, "Format tidak dikenal: " + format + " (json atau xml)");
        }
        try {
            return Response.ok(render(format, root, element, rows.get()), type(format)).build();
        } catch (KinerjaException e) {
            int status = switch (e.getKind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case TOO_MANY_REQUESTS -> 429;
                default -> 400;
            };
            Response error = error(format, status, e.getMessageId() + (e.getField() == null ? "" : " (" + e.getField() + ")"));
            return status == 429 ? Response.fromResponse(error).header("Retry-After", e.getRetryAfterSeconds()).build() : error;
        }
    }

    private static Response error(String format, int status, String description) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", status);
        row.put("description", description);
        return Response.status(status).entity(render(format, "errors", "error", List.of(row))).type(type(format)).build();
    }

    private static String type(String format) {
        return "xml".equals(format) ? "text/xml;charset=UTF-8" : "application/json;charset=UTF-8";
    }

    static String render(String format, String root, String element, List<Map<String, Object>> rows) {
        try {
            if (!"xml".equals(format)) {
                return JSON.writeValueAsString(rows);
            }
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Map<String, Object> row : rows) {
                xml.writeStartElement(element);
                for (Map.Entry<String, Object> field : row.entrySet()) {
                    xml.writeStartElement(field.getKey());
                    if (field.getValue() != null) {
                        xml.writeCharacters(field.getValue() instanceof BigDecimal d ? d.toPlainString() : String.valueOf(field.getValue()));
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Open311 response not written", e);
        }
    }

    private static String client(HttpServletRequest request) {
        return (String) request.getAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(String text, String field) {
        return id.kinerja.core.api.Dates.instant(field, text);
    }
}
