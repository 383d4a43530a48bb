<?php
/**
 * Checks a kit address the way readers' browsers will use it: embed.js must be there, and the kit's parts must
 * carry the Access-Control-Allow-Origin header, since the school's site is another origin and browsers refuse the
 * parts without it (readers would see only the plain links). The answer is in plain words for a webmaster.
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

/**
 * @return array{ok: bool, message: string}
 */
function online_safety_kit_check_address(string $kit_url): array {
	$embed    = $kit_url . 'embed.js';
	$origin   = (string) wp_parse_url(home_url(), PHP_URL_SCHEME) . '://' . (string) wp_parse_url(home_url(), PHP_URL_HOST)
		. (wp_parse_url(home_url(), PHP_URL_PORT) ? ':' . (string) wp_parse_url(home_url(), PHP_URL_PORT) : '');
	$response = wp_remote_get($embed, ['timeout' => 10, 'redirection' => 3, 'headers' => ['Origin' => $origin]]);

	if (is_wp_error($response)) {
		return [
			'ok'      => false,
			/* translators: 1: the address tried, 2: the error WordPress reported */
			'message' => sprintf(__('This website could not reach %1$s (%2$s). Check the address, and that your server may connect to it.', 'online-safety-kit'), $embed, $response->get_error_message()),
		];
	}
	$status = (int) wp_remote_retrieve_response_code($response);
	$body   = (string) wp_remote_retrieve_body($response);
	if ($status !== 200 || strpos($body, 'safe-kit') === false) {
		return [
			'ok'      => false,
			/* translators: 1: the address tried, 2: the HTTP status it answered with */
			'message' => sprintf(__('There is no kit at this address: %1$s answered %2$s. Use the address your council gave you for the folder that holds embed.js, for example https://www.example.gov.uk/online-safety/kit/', 'online-safety-kit'), $embed, $status === 200 ? __('with a file that is not the kit\'s embed.js', 'online-safety-kit') : (string) $status),
		];
	}

	// embed.js names the kit's parts; one of them shows whether the server lets other websites load them.
	$part = preg_match('#components/[A-Za-z0-9_.-]+\.js#', $body, $found) ? $kit_url . $found[0] : $embed;
	$part_response = $part === $embed ? $response : wp_remote_get($part, ['timeout' => 10, 'headers' => ['Origin' => $origin]]);
	$allowed = is_wp_error($part_response) ? '' : trim((string) wp_remote_retrieve_header($part_response, 'access-control-allow-origin'));
	if ($allowed !== '*' && $allowed !== $origin) {
		return [
			'ok'      => false,
			'message' => sprintf(
				/* translators: 1: the kit file checked, 2: this website's address */
				__('The kit is at this address, but its server does not let other websites load its parts: %1$s has no Access-Control-Allow-Origin header for %2$s. Readers would see only the plain links. Ask whoever runs the kit\'s server to add the header (the kit\'s hosting/ folder has a configuration for each common server).', 'online-safety-kit'),
				$part,
				$origin
			),
		];
	}
	return [
		'ok'      => true,
		/* translators: %s: the kit's address */
		'message' => sprintf(__('The kit was found at %s, and its server lets this website load it.', 'online-safety-kit'), $kit_url),
	];
}
