package app.bravo.pulse;

/** A choice of a question, as stored. */
public record Choice(long id, String textEn, String textFa) {

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }
}
