package id.siksacademy.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A canonical text form of a scenario (one line per record, fixed field order, no locale or
 * hash-order dependence) and its SHA-256: the determinism test pins it.
 */
public final class ScenarioFingerprint {

    private ScenarioFingerprint() {
    }

    public static String sha256(Scenario s) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var out = new StringBuilder(256);
            line(digest, out.append("scenario|").append(s.spec().id()).append('|').append(s.generatorVersion())
                    .append('|').append(s.seed()).append('|').append(s.spec().asOf()).append('|').append(s.regime()));
            for (Family f : s.registry().families()) {
                line(digest, out.append("family|").append(f.kk()).append('|').append(f.villageCode()).append('|')
                        .append(f.dukuh()).append('|').append(f.rt()).append('|').append(f.rw()).append('|')
                        .append(f.issuedOn()));
                for (Person p : f.members()) {
                    line(digest, out.append("person|").append(p.nik()).append('|').append(p.kk()).append('|')
                            .append(p.name()).append('|').append(p.sex()).append('|').append(p.birthPlace())
                            .append('|').append(p.birthDate()).append('|').append(p.religion()).append('|')
                            .append(p.education()).append('|').append(p.occupation()).append('|')
                            .append(p.maritalStatus()).append('|').append(p.relationship()).append('|')
                            .append(p.motherName()));
                }
            }
            for (Proposal p : s.proposals()) {
                line(digest, join(out.append("proposal"), p.family().kk(), p.ktpDukuh(), p.ktpRt(), p.ktpRw(), p.house()));
            }
            for (LifeEvent e : s.registry().events()) {
                line(digest, out.append("event|").append(e.type()).append('|').append(e.subject()).append('|')
                        .append(e.date()).append('|').append(e.detail()));
            }
            for (DtksHousehold h : s.households()) {
                join(out.append("household"), h.id(), h.villageCode(), h.dukuh(), h.rt(), h.rw(), h.kk(), h.desil(),
                        h.housing(), h.assets().codes(), h.programs());
                line(digest, out);
                for (DtksMember m : h.members()) {
                    join(out.append("member"), m.nik(), m.kk(), m.name(), m.sex(), m.birthPlace(), m.birthDate(),
                            m.relationship(), m.maritalStatus(), m.motherName(), m.education(), m.occupation(),
                            m.disability(), m.chronicIllness());
                    line(digest, out);
                }
            }
            for (FieldNote n : s.fieldNotes()) {
                line(digest, join(out.append("note"), n.householdId(), n.visitedOn(), n.kind(), n.subject(), n.reason()));
            }
            for (Anomaly a : s.anomalies()) {
                line(digest, join(out.append("anomaly"), a.id(), a.householdId(), a.memberNik(), a.source(), a.detail()));
            }
            for (AnswerKey.Entry e : s.answerKey().entries()) {
                join(out.append("key"), e.householdId(), e.fault(), e.memberNik());
                switch (e.action()) {
                    case ExpectedAction.LeaveUnchanged x -> join(out, "leave");
                    case ExpectedAction.CorrectField c -> join(out, "correct", c.memberNik(), c.field(), c.value());
                    case ExpectedAction.SetHouseholdStatus h -> join(out, "household-status", h.status(),
                            h.linkedHouseholdId());
                    case ExpectedAction.SetMemberStatus m -> join(out, "member-status", m.memberNik(), m.status(),
                            m.linkedHouseholdId());
                    case ExpectedAction.SetEligibility x -> join(out, "eligibility", x.eligibility());
                    case ExpectedAction.ReplaceHead x -> join(out, "replace-head", x.deceasedNik(), x.newHeadNik());
                    case ExpectedAction.AddMember x -> join(out, "add-member", x.person().nik());
                    case ExpectedAction.AnswerAnomaly x -> join(out, "anomaly", x.anomalyId(), x.verdict());
                }
                line(digest, out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StringBuilder join(StringBuilder sb, Object... values) {
        for (Object v : values) {
            sb.append('|').append(v);
        }
        return sb;
    }

    private static void line(MessageDigest digest, StringBuilder sb) {
        sb.append('\n');
        digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }
}
