<?php
/**
 * What readers get: the kit's placeholder, <div data-safe-kit="…" data-…>, with plain links to help inside it
 * (shown as they are until the kit draws the component, and kept if it never does), and the kit's embed.js
 * enqueued once, in the footer, only on pages that show a block or shortcode.
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

/**
 * The block's server-side render: its attributes are the component and its settings.
 *
 * @param array<string, mixed> $attributes
 */
function online_safety_kit_render_block($attributes = []): string {
	$attributes = is_array($attributes) ? $attributes : [];
	$component  = isset($attributes['component']) && is_string($attributes['component']) ? $attributes['component'] : 'help-links';
	$settings   = isset($attributes['settings']) && is_array($attributes['settings']) ? $attributes['settings'] : [];
	return online_safety_kit_placeholder($component, $settings);
}

/**
 * [online_safety component="help-links" audience="parents"]. Shortcodes run after wpautop, so no <p> or <br>
 * is added inside or around what this returns.
 *
 * @param array<string, string>|string $atts
 */
function online_safety_kit_render_shortcode($atts = []): string {
	$atts      = is_array($atts) ? $atts : [];
	$component = isset($atts['component']) ? (string) $atts['component'] : 'help-links';
	unset($atts['component']);
	// WordPress lower-cases shortcode attribute names; settings are lower case already (heading-level).
	return online_safety_kit_placeholder($component, $atts);
}

/**
 * The placeholder for one component. Only the settings the component takes, with one of its listed values, are
 * written; the site-wide details (the safeguarding lead) are added for components that take them.
 *
 * @param array<string, mixed> $chosen
 */
function online_safety_kit_placeholder(string $component, array $chosen): string {
	$components = online_safety_kit_components();
	$component  = strtolower(trim($component));
	if (!isset($components[$component])) {
		// A mistyped name still gives readers help, and tells the editor what went wrong.
		$note = current_user_can('edit_posts')
			/* translators: %s: the component name that was not recognised */
			? '<p><em>' . esc_html(sprintf(__('Online safety kit: there is no part called "%s". The plain help below is shown instead.', 'online-safety-kit'), $component)) . '</em></p>'
			: '';
		return '<div class="online-safety-kit">' . $note . online_safety_kit_plain_help() . '</div>';
	}

	$attributes = ['data-safe-kit' => $component];
	foreach ($components[$component]['settings'] as $setting => $choices) {
		$value = isset($chosen[$setting]) && is_scalar($chosen[$setting]) ? strtolower(trim((string) $chosen[$setting])) : '';
		$attributes['data-' . $setting] = in_array($value, $choices, true) ? $value : $choices[0];
	}
	$site = online_safety_kit_settings();
	foreach ($components[$component]['site'] as $setting) {
		$value = $site[str_replace('-', '_', $setting)] ?? '';
		if ($value !== '') {
			$attributes['data-' . $setting] = $value;
		}
	}

	if (wp_script_is('online-safety-kit', 'registered')) {
		wp_enqueue_script('online-safety-kit');
	}

	$html = '<div class="online-safety-kit"';
	foreach ($attributes as $name => $value) {
		$html .= ' ' . $name . '="' . esc_attr($value) . '"';
	}
	// As the kit's own fallback: the child's plan and a children's panel list only children's services.
	$for_children = $component === 'child-plan' || ($attributes['data-audience'] ?? '') === 'children';
	$inside = $component === 'exit' ? online_safety_kit_plain_exit() : online_safety_kit_plain_help($for_children);
	return $html . '>' . $inside . '</div>';
}

/** The kit's plain help, as links: 999 first, then each essential service with its number and what it says of it. */
function online_safety_kit_plain_help(bool $for_children = false): string {
	$help = online_safety_kit_fallback_help();
	$html = '';
	$emergency = $help['emergency'][0]['number'] ?? '';
	if ($emergency !== '') {
		$html .= '<p><strong>' . sprintf(
			/* translators: %s: the emergency phone number as a link, e.g. 999 */
			esc_html__('In immediate danger, call %s', 'online-safety-kit'),
			'<a href="' . esc_url(online_safety_kit_tel($emergency), ['tel']) . '">' . esc_html($emergency) . '</a>'
		) . '</strong></p>';
	}
	$items = '';
	foreach ($help['links'][$for_children ? 'children' : 'everyone'] as $link) {
		$name  = esc_html((string) ($link['name'] ?? ''));
		$item  = isset($link['url']) ? '<a href="' . esc_url((string) $link['url']) . '">' . $name . '</a>' : $name;
		$phone = (string) ($link['phone'] ?? '');
		if ($phone !== '') {
			$item .= ': <a href="' . esc_url(online_safety_kit_tel($phone), ['tel']) . '">' . esc_html($phone) . '</a>';
			if (!empty($link['note'])) {
				$item .= ' (' . esc_html((string) $link['note']) . ')';
			}
		}
		$items .= '<li>' . $item . '</li>';
	}
	return $html . ($items !== '' ? '<ul>' . $items . '</ul>' : '');
}

/** A quick exit that has not loaded is still a link to the kit's neutral page. */
function online_safety_kit_plain_exit(): string {
	$href = online_safety_kit_fallback_help()['exitHref'];
	return '<p><a href="' . esc_url($href) . '">' . esc_html__('Exit this page', 'online-safety-kit') . '</a></p>';
}

function online_safety_kit_tel(string $number): string {
	return 'tel:' . preg_replace('/[^0-9+]/', '', $number);
}

/**
 * The attributes that keep page optimisers and consent tools from delaying, rewriting or blocking embed.js (see
 * integrations/wordpress/README.md for which tool reads which). The kit sets no cookies and tracks nobody, so it
 * is strictly necessary and needs no consent. They go straight after <script: Rocket Loader reads data-cfasync only
 * before src.
 */
function online_safety_kit_script_tag(string $tag, string $handle): string {
	if ($handle !== 'online-safety-kit') {
		return $tag;
	}
	$attributes = 'data-cfasync="false" data-no-optimize="1" data-no-defer="1" data-no-minify="1" nowprocket data-cookieconsent="ignore"';
	return (string) preg_replace('/<script(?=\s)/', '<script ' . $attributes, $tag, 1);
}
