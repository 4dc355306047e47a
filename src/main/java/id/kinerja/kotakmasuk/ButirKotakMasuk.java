package id.kinerja.kotakmasuk;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * One line of the inbox: a message code with its arguments (resolved by the template), where to go,
 * how many things wait there, and how urgent it is (higher first).
 */
public record ButirKotakMasuk(String kodePesan, List<Object> argumen, String tautan, long jumlah, int keparahan)
        implements MessageSourceResolvable {

    public ButirKotakMasuk {
        argumen = List.copyOf(argumen);
    }

    @Override
    public String[] getCodes() {
        return new String[] {kodePesan};
    }

    @Override
    public Object[] getArguments() {
        return argumen.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return kodePesan;
    }
}
