package core

import "reflect"

// AnyGiven reports whether any of the values was given: an Optional that is
// set (to a value or to null), or any other value that is not its type's zero
// value. The friendly methods send an optional body only when one of its
// fields was given.
func AnyGiven(values ...any) bool {
	for _, v := range values {
		if o, ok := v.(optional); ok {
			if _, state := o.optionalValue(); state != absent {
				return true
			}
			continue
		}
		if v != nil && !reflect.ValueOf(v).IsZero() {
			return true
		}
	}
	return false
}
