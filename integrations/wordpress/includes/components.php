<?php
/**
 * The kit's components and their settings (components.json), and the plain help shown inside each placeholder
 * (fallback-help.json, written by the kit's build from its content files: the same numbers and words as the kit).
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

/**
 * Component name => ['settings' => [setting => choices, first is the default], 'site' => [site-wide settings]].
 *
 * @return array<string, array{settings: array<string, list<string>>, site: list<string>}>
 */
function online_safety_kit_components(): array {
	static $components = null;
	if ($components === null) {
		$data = online_safety_kit_read_json(dirname(__DIR__) . '/components.json');
		$components = [];
		foreach ((array) ($data['components'] ?? []) as $name => $component) {
			$components[(string) $name] = [
				'settings' => array_map(static fn ($choices): array => array_map('strval', (array) $choices), (array) ($component['settings'] ?? [])),
				'site'     => array_map('strval', (array) ($component['site'] ?? [])),
			];
		}
	}
	return $components;
}

/**
 * The kit's plain help: the emergency number, and each essential service's name, page and phone.
 *
 * @return array{emergency: list<array{number: string}>, links: array{everyone: list<array<string, mixed>>, children: list<array<string, mixed>>}, exitHref: string}
 */
function online_safety_kit_fallback_help(): array {
	static $help = null;
	if ($help === null) {
		$data = online_safety_kit_read_json(dirname(__DIR__) . '/fallback-help.json');
		$help = [
			'emergency' => array_values((array) ($data['emergency'] ?? [])),
			'links'     => [
				'everyone' => array_values((array) ($data['links']['everyone'] ?? [])),
				'children' => array_values((array) ($data['links']['children'] ?? [])),
			],
			'exitHref'  => (string) ($data['exitHref'] ?? ''),
		];
	}
	return $help;
}

/** @return array<string, mixed> */
function online_safety_kit_read_json(string $path): array {
	$text = is_readable($path) ? (string) file_get_contents($path) : '';
	$data = json_decode($text, true);
	return is_array($data) ? $data : [];
}

/** What the block editor's script needs: the components, their choices, and the words to show for them. */
function online_safety_kit_editor_data(): array {
	$components = [];
	foreach (online_safety_kit_components() as $name => $component) {
		$settings = [];
		foreach ($component['settings'] as $setting => $choices) {
			$settings[] = [
				'name'    => $setting,
				'label'   => online_safety_kit_setting_label($setting),
				'choices' => array_map(static fn (string $choice): array => ['value' => $choice, 'label' => online_safety_kit_choice_label($choice)], $choices),
			];
		}
		$components[] = ['name' => $name, 'label' => online_safety_kit_component_label($name), 'settings' => $settings];
	}
	return [
		'components'  => $components,
		'hasKit'      => online_safety_kit_settings()['kit_url'] !== '',
		'settingsUrl' => admin_url('options-general.php?page=online-safety-kit'),
	];
}
