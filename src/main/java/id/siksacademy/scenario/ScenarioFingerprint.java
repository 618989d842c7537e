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
                    .append('|').append(s.seed()).append('|').append(s.spec().asOf()));
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
            for (Family f : s.proposals()) {
                line(digest, out.append("proposal|").append(f.kk()));
            }
            for (LifeEvent e : s.registry().events()) {
                line(digest, out.append("event|").append(e.type()).append('|').append(e.subject()).append('|')
                        .append(e.date()).append('|').append(e.detail()));
            }
            for (DtksHousehold h : s.households()) {
                Housing g = h.housing();
                Assets a = h.assets();
                Programs p = h.programs();
                join(out.append("household"), h.id(), h.villageCode(), h.dukuh(), h.rt(), h.rw(), h.kk(), h.desil(),
                        g.ownership(), g.floorArea(), g.floor(), g.wall(), g.roof(), g.water(), g.lighting(), g.power(),
                        g.cookingFuel(), g.toilet(), a.gasCylinder(), a.fridge(), a.airConditioner(), a.television(),
                        a.laptop(), a.motorbike(), a.car(), a.boat(), a.land(), a.otherHouse(), a.livestock(),
                        p.pkh(), p.bpnt(), p.bst(), p.pbi());
                line(digest, out);
                for (DtksMember m : h.members()) {
                    join(out.append("member"), m.nik(), m.name(), m.sex(), m.birthPlace(), m.birthDate(),
                            m.relationship(), m.maritalStatus(), m.motherName(), m.education(), m.occupation(),
                            m.disability(), m.chronicIllness());
                    line(digest, out);
                }
            }
            for (FieldNote n : s.fieldNotes()) {
                line(digest, join(out.append("note"), n.householdId(), n.visitedOn(), n.kind()));
            }
            for (AnswerKey.Entry e : s.answerKey().entries()) {
                join(out.append("key"), e.householdId(), e.fault(), e.memberNik());
                switch (e.action()) {
                    case ExpectedAction.LeaveUnchanged x -> join(out, "leave");
                    case ExpectedAction.CorrectField c -> join(out, "correct", c.memberNik(), c.field(), c.value());
                    case ExpectedAction.SetHouseholdStatus h -> join(out, "household-status", h.status());
                    case ExpectedAction.SetMemberStatus m -> join(out, "member-status", m.memberNik(), m.status(),
                            m.linkedHouseholdId());
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
