package com.hivecheck.assessment;

import com.hivecheck.scoring.Benefit;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of benefits as their enum names, comma-separated in declaration order. */
@Converter
class BenefitsConverter implements AttributeConverter<Set<Benefit>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Benefit> benefits) {
        return benefits.stream().sorted().map(Benefit::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Benefit> convertToEntityAttribute(String column) {
        EnumSet<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Benefit::valueOf).forEach(benefits::add);
        }
        return benefits;
    }
}
