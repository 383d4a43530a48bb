<?php
/**
 * Settings → Online safety kit: the council's kit address (checked on save) and the school's safeguarding lead,
 * once for the whole site. The Settings API supplies the nonce and the manage_options check.
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

function online_safety_kit_add_settings_page(): void {
	add_options_page(
		__('Online safety kit', 'online-safety-kit'),
		__('Online safety kit', 'online-safety-kit'),
		'manage_options',
		'online-safety-kit',
		'online_safety_kit_settings_page'
	);
}

function online_safety_kit_register_settings(): void {
	register_setting('online-safety-kit', ONLINE_SAFETY_KIT_OPTION, [
		'type'              => 'array',
		'sanitize_callback' => 'online_safety_kit_sanitize',
		'default'           => [],
		'show_in_rest'      => false,
	]);

	add_settings_section('kit', __('Your council\'s kit', 'online-safety-kit'), static function (): void {
		echo '<p>' . esc_html__('The address your council gave you for the kit: the folder that holds embed.js. It is checked when you save.', 'online-safety-kit') . '</p>';
	}, 'online-safety-kit');
	add_settings_field('kit_url', __('Kit address', 'online-safety-kit'), 'online_safety_kit_field', 'online-safety-kit', 'kit', [
		'key' => 'kit_url', 'type' => 'url', 'label_for' => 'online-safety-kit-kit_url',
		'hint' => __('For example https://www.example.gov.uk/online-safety/kit/', 'online-safety-kit'),
	]);

	add_settings_section('school', __('Your school', 'online-safety-kit'), static function (): void {
		echo '<p>' . esc_html__('Shown on every part of the kit that names them, such as the response card for staff and parents. Leave a box empty to leave it out.', 'online-safety-kit') . '</p>';
	}, 'online-safety-kit');
	$fields = [
		'dsl_name'  => [__('Designated safeguarding lead', 'online-safety-kit'), 'text', __('Their name, e.g. Ms A Patel', 'online-safety-kit')],
		'dsl_phone' => [__('Phone for safeguarding', 'online-safety-kit'), 'tel', __('The lead\'s number, or the school\'s phone, e.g. 01234 567890', 'online-safety-kit')],
		'dsl_email' => [__('E-mail for safeguarding', 'online-safety-kit'), 'email', __('e.g. dsl@school.example', 'online-safety-kit')],
	];
	foreach ($fields as $key => [$label, $type, $hint]) {
		add_settings_field($key, $label, 'online_safety_kit_field', 'online-safety-kit', 'school', [
			'key' => $key, 'type' => $type, 'hint' => $hint, 'label_for' => 'online-safety-kit-' . $key,
		]);
	}
}

/** @param array{key: string, type: string, hint: string, label_for: string} $args */
function online_safety_kit_field(array $args): void {
	$value = online_safety_kit_settings()[$args['key']] ?? '';
	printf(
		'<input class="regular-text" type="%1$s" id="%2$s" name="%3$s[%4$s]" value="%5$s" aria-describedby="%2$s-hint"><p class="description" id="%2$s-hint">%6$s</p>',
		esc_attr($args['type']),
		esc_attr($args['label_for']),
		esc_attr(ONLINE_SAFETY_KIT_OPTION),
		esc_attr($args['key']),
		esc_attr($value),
		esc_html($args['hint'])
	);
}

/**
 * Cleans what was submitted and checks the kit address, saying what is wrong in plain words. The address is kept
 * even when the check fails, so a webmaster can save first and fix the kit's server after.
 *
 * @param mixed $input
 * @return array{kit_url: string, dsl_name: string, dsl_phone: string, dsl_email: string}
 */
function online_safety_kit_sanitize($input): array {
	$input  = is_array($input) ? $input : [];
	$string = static fn (string $key): string => isset($input[$key]) && is_string($input[$key]) ? trim(wp_unslash($input[$key])) : '';

	$kit_url = esc_url_raw($string('kit_url'), ['https', 'http']);
	if ($kit_url !== '') {
		// The address of the folder: a pasted embed.js address, or one without its last slash, means the same.
		$kit_url = (string) preg_replace('#embed\.js(\?.*)?$#', '', $kit_url);
		$kit_url = trailingslashit($kit_url);
	}
	$clean = [
		'kit_url'   => $kit_url,
		'dsl_name'  => sanitize_text_field($string('dsl_name')),
		'dsl_phone' => (string) preg_replace('/[^0-9+ ()-]/', '', sanitize_text_field($string('dsl_phone'))),
		'dsl_email' => sanitize_email($string('dsl_email')),
	];

	// WordPress runs this twice when the option is first saved: check the address once per request.
	static $checked = [];
	if ($kit_url !== '' && !isset($checked[$kit_url])) {
		$checked[$kit_url] = true;
		$result = online_safety_kit_check_address($kit_url);
		add_settings_error(ONLINE_SAFETY_KIT_OPTION, 'kit-check', $result['message'], $result['ok'] ? 'success' : 'error');
	} elseif ($kit_url === '' && $string('kit_url') !== '') {
		add_settings_error(ONLINE_SAFETY_KIT_OPTION, 'kit-url', __('The kit address must be a web address starting with https://', 'online-safety-kit'), 'error');
	}
	if ($string('dsl_email') !== '' && $clean['dsl_email'] === '') {
		add_settings_error(ONLINE_SAFETY_KIT_OPTION, 'dsl-email', __('The safeguarding e-mail is not an e-mail address, so it was left out.', 'online-safety-kit'), 'error');
	}
	return $clean;
}

function online_safety_kit_settings_page(): void {
	if (!current_user_can('manage_options')) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html(get_admin_page_title()) . '</h1>';
	// WordPress shows the check's result above the form (options-head.php prints every settings error).
	echo '<form action="' . esc_url(admin_url('options.php')) . '" method="post">';
	settings_fields('online-safety-kit');
	do_settings_sections('online-safety-kit');
	submit_button();
	echo '</form>';
	echo '<p>' . esc_html__('Then add the "Online safety help" block to a page, or the shortcode [online_safety component="help-links" audience="parents"] in the classic editor or a widget.', 'online-safety-kit') . '</p></div>';
}
