package org.commonground.resource;

/**
 * A business rule of the library was broken; the message key says which, and the field
 * where the form shows it ({@code null} for the whole form).
 */
public class ResourceRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final Object[] arguments;

	public ResourceRuleException(String messageKey, String field, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** The message's arguments (such as the largest size allowed). */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getField() {
		return this.field;
	}

}
