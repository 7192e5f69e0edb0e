import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
	8787: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3742);
		module.exports = main;
	}),
	3742: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function filled(value, len) {
			var arr;
			var i;
			arr = [];
			for (i = 0; i < len; i++) {
				arr.push(value);
			}
			return arr;
		}
		module.exports = filled;
	}),
	1830: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(1401);
		module.exports = main;
	}),
	1401: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var filled = __nccwpck_require__(8787);
		function zeros(len) {
			return filled(0, len);
		}
		module.exports = zeros;
	}),
	9979: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasFloat64ArraySupport = __nccwpck_require__(9714);
		var builtin = __nccwpck_require__(5878);
		var polyfill = __nccwpck_require__(8520);
		var ctor;
		if (hasFloat64ArraySupport()) {
			ctor = builtin;
		} else {
			ctor = polyfill;
		}
		module.exports = ctor;
	}),
	5878: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
		module.exports = ctor;
	}),
	8520: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function polyfill() {
			throw new Error("not implemented");
		}
		module.exports = polyfill;
	}),
	4826: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint16ArraySupport = __nccwpck_require__(5613);
		var builtin = __nccwpck_require__(3405);
		var polyfill = __nccwpck_require__(523);
		var ctor;
		if (hasUint16ArraySupport()) {
			ctor = builtin;
		} else {
			ctor = polyfill;
		}
		module.exports = ctor;
	}),
	3405: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
		module.exports = ctor;
	}),
	523: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function polyfill() {
			throw new Error("not implemented");
		}
		module.exports = polyfill;
	}),
	7096: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint32ArraySupport = __nccwpck_require__(4171);
		var builtin = __nccwpck_require__(2399);
		var polyfill = __nccwpck_require__(3689);
		var ctor;
		if (hasUint32ArraySupport()) {
			ctor = builtin;
		} else {
			ctor = polyfill;
		}
		module.exports = ctor;
	}),
	2399: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
		module.exports = ctor;
	}),
	3689: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function polyfill() {
			throw new Error("not implemented");
		}
		module.exports = polyfill;
	}),
	5183: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint8ArraySupport = __nccwpck_require__(4246);
		var builtin = __nccwpck_require__(8570);
		var polyfill = __nccwpck_require__(7540);
		var ctor;
		if (hasUint8ArraySupport()) {
			ctor = builtin;
		} else {
			ctor = polyfill;
		}
		module.exports = ctor;
	}),
	8570: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
		module.exports = ctor;
	}),
	7540: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function polyfill() {
			throw new Error("not implemented");
		}
		module.exports = polyfill;
	}),
	5265: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = typeof Float64Array === "function" ? Float64Array : null;
		module.exports = main;
	}),
	9714: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasFloat64ArraySupport = __nccwpck_require__(6405);
		module.exports = hasFloat64ArraySupport;
	}),
	6405: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isFloat64Array = __nccwpck_require__(5672);
		var GlobalFloat64Array = __nccwpck_require__(5265);
		function hasFloat64ArraySupport() {
			var bool;
			var arr;
			if (typeof GlobalFloat64Array !== "function") {
				return false;
			}
			try {
				arr = new GlobalFloat64Array([
					1,
					3.14,
					-3.14,
					NaN
				]);
				bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
			} catch (err) {
				bool = false;
			}
			return bool;
		}
		module.exports = hasFloat64ArraySupport;
	}),
	2878: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3103);
		module.exports = main;
	}),
	3103: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var evil = __nccwpck_require__(3595);
		function hasGeneratorSupport() {
			var bool;
			try {
				evil("\"use strict\"; (function* () {})");
				bool = true;
			} catch (err) {
				bool = false;
			}
			return bool;
		}
		module.exports = hasGeneratorSupport;
	}),
	1907: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4270);
		module.exports = main;
	}),
	4270: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var has = Object.prototype.hasOwnProperty;
		function hasOwnProp(value, property) {
			if (value === void 0 || value === null) {
				return false;
			}
			return has.call(value, property);
		}
		module.exports = hasOwnProp;
	}),
	5547: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(166);
		module.exports = main;
	}),
	166: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function hasSymbolSupport() {
			return typeof Symbol === "function" && typeof Symbol("foo") === "symbol";
		}
		module.exports = hasSymbolSupport;
	}),
	9501: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6284);
		module.exports = main;
	}),
	6284: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasSymbols = __nccwpck_require__(5547);
		var FLG = hasSymbols();
		function hasToStringTagSupport() {
			return FLG && typeof Symbol.toStringTag === "symbol";
		}
		module.exports = hasToStringTagSupport;
	}),
	5613: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint16ArraySupport = __nccwpck_require__(2364);
		module.exports = hasUint16ArraySupport;
	}),
	2364: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint16Array = __nccwpck_require__(3599);
		var UINT16_MAX = __nccwpck_require__(6653);
		var GlobalUint16Array = __nccwpck_require__(5929);
		function hasUint16ArraySupport() {
			var bool;
			var arr;
			if (typeof GlobalUint16Array !== "function") {
				return false;
			}
			try {
				arr = [
					1,
					3.14,
					-3.14,
					UINT16_MAX + 1,
					UINT16_MAX + 2
				];
				arr = new GlobalUint16Array(arr);
				bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT16_MAX - 2 && arr[3] === 0 && arr[4] === 1;
			} catch (err) {
				bool = false;
			}
			return bool;
		}
		module.exports = hasUint16ArraySupport;
	}),
	5929: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = typeof Uint16Array === "function" ? Uint16Array : null;
		module.exports = main;
	}),
	4171: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint32ArraySupport = __nccwpck_require__(8950);
		module.exports = hasUint32ArraySupport;
	}),
	8950: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint32Array = __nccwpck_require__(3209);
		var UINT32_MAX = __nccwpck_require__(8035);
		var GlobalUint32Array = __nccwpck_require__(2709);
		function hasUint32ArraySupport() {
			var bool;
			var arr;
			if (typeof GlobalUint32Array !== "function") {
				return false;
			}
			try {
				arr = [
					1,
					3.14,
					-3.14,
					UINT32_MAX + 1,
					UINT32_MAX + 2
				];
				arr = new GlobalUint32Array(arr);
				bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT32_MAX - 2 && arr[3] === 0 && arr[4] === 1;
			} catch (err) {
				bool = false;
			}
			return bool;
		}
		module.exports = hasUint32ArraySupport;
	}),
	2709: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = typeof Uint32Array === "function" ? Uint32Array : null;
		module.exports = main;
	}),
	4246: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasUint8ArraySupport = __nccwpck_require__(249);
		module.exports = hasUint8ArraySupport;
	}),
	249: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint8Array = __nccwpck_require__(228);
		var UINT8_MAX = __nccwpck_require__(2732);
		var GlobalUint8Array = __nccwpck_require__(5545);
		function hasUint8ArraySupport() {
			var bool;
			var arr;
			if (typeof GlobalUint8Array !== "function") {
				return false;
			}
			try {
				arr = [
					1,
					3.14,
					-3.14,
					UINT8_MAX + 1,
					UINT8_MAX + 2
				];
				arr = new GlobalUint8Array(arr);
				bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && arr[2] === UINT8_MAX - 2 && arr[3] === 0 && arr[4] === 1;
			} catch (err) {
				bool = false;
			}
			return bool;
		}
		module.exports = hasUint8ArraySupport;
	}),
	5545: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = typeof Uint8Array === "function" ? Uint8Array : null;
		module.exports = main;
	}),
	5672: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isFloat64Array = __nccwpck_require__(7439);
		module.exports = isFloat64Array;
	}),
	7439: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var nativeClass = __nccwpck_require__(547);
		var hasFloat64Array = typeof Float64Array === "function";
		function isFloat64Array(value) {
			return hasFloat64Array && value instanceof Float64Array || nativeClass(value) === "[object Float64Array]";
		}
		module.exports = isFloat64Array;
	}),
	7604: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint8Array = __nccwpck_require__(5183);
		var Uint16Array = __nccwpck_require__(4826);
		var ctors = {
			"uint16": Uint16Array,
			"uint8": Uint8Array
		};
		module.exports = ctors;
	}),
	347: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var IS_LITTLE_ENDIAN = __nccwpck_require__(7158);
		module.exports = IS_LITTLE_ENDIAN;
	}),
	7158: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ctors = __nccwpck_require__(7604);
		var bool;
		function isLittleEndian() {
			var uint16view;
			var uint8view;
			uint16view = new ctors["uint16"](1);
			uint16view[0] = 4660;
			uint8view = new ctors["uint8"](uint16view.buffer);
			return uint8view[0] === 52;
		}
		bool = isLittleEndian();
		module.exports = bool;
	}),
	3599: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint16Array = __nccwpck_require__(2394);
		module.exports = isUint16Array;
	}),
	2394: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var nativeClass = __nccwpck_require__(547);
		var hasUint16Array = typeof Uint16Array === "function";
		function isUint16Array(value) {
			return hasUint16Array && value instanceof Uint16Array || nativeClass(value) === "[object Uint16Array]";
		}
		module.exports = isUint16Array;
	}),
	3209: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint32Array = __nccwpck_require__(8168);
		module.exports = isUint32Array;
	}),
	8168: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var nativeClass = __nccwpck_require__(547);
		var hasUint32Array = typeof Uint32Array === "function";
		function isUint32Array(value) {
			return hasUint32Array && value instanceof Uint32Array || nativeClass(value) === "[object Uint32Array]";
		}
		module.exports = isUint32Array;
	}),
	228: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isUint8Array = __nccwpck_require__(7755);
		module.exports = isUint8Array;
	}),
	7755: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var nativeClass = __nccwpck_require__(547);
		var hasUint8Array = typeof Uint8Array === "function";
		function isUint8Array(value) {
			return hasUint8Array && value instanceof Uint8Array || nativeClass(value) === "[object Uint8Array]";
		}
		module.exports = isUint8Array;
	}),
	8858: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT32_SMALLEST_NORMAL = 11754943508222875e-54;
		module.exports = FLOAT32_SMALLEST_NORMAL;
	}),
	45: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var E = 2.718281828459045;
		module.exports = E;
	}),
	5088: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_EPSILON = 2220446049250313e-31;
		module.exports = FLOAT64_EPSILON;
	}),
	2404: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var EULERGAMMA = .5772156649015329;
		module.exports = EULERGAMMA;
	}),
	1877: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_EXPONENT_BIAS = 1023 | 0;
		module.exports = FLOAT64_EXPONENT_BIAS;
	}),
	6862: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FOURTH_PI = .7853981633974483;
		module.exports = FOURTH_PI;
	}),
	3822: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_GAMMA_LANCZOS_G = 10.900511;
		module.exports = FLOAT64_GAMMA_LANCZOS_G;
	}),
	9475: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var HALF_LN2 = .34657359027997264;
		module.exports = HALF_LN2;
	}),
	7934: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var HALF_PI = 1.5707963267948966;
		module.exports = HALF_PI;
	}),
	3935: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_HIGH_WORD_ABS_MASK = 2147483647 >>> 0;
		module.exports = FLOAT64_HIGH_WORD_ABS_MASK;
	}),
	222: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_HIGH_WORD_EXPONENT_MASK = 2146435072;
		module.exports = FLOAT64_HIGH_WORD_EXPONENT_MASK;
	}),
	5976: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_HIGH_WORD_SIGN_MASK = 2147483648 >>> 0;
		module.exports = FLOAT64_HIGH_WORD_SIGN_MASK;
	}),
	8910: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = 1048575;
		module.exports = FLOAT64_HIGH_WORD_SIGNIFICAND_MASK;
	}),
	1239: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var LN2 = .6931471805599453;
		module.exports = LN2;
	}),
	2656: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023 | 0;
		module.exports = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
	}),
	6276: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX_BASE2_EXPONENT = 1023 | 0;
		module.exports = FLOAT64_MAX_BASE2_EXPONENT;
	}),
	4193: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX_LN = 709.782712893384;
		module.exports = FLOAT64_MAX_LN;
	}),
	313: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2025 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX_NTH_FACTORIAL = 170 | 0;
		module.exports = FLOAT64_MAX_NTH_FACTORIAL;
	}),
	6622: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;
		module.exports = FLOAT64_MAX_SAFE_INTEGER;
	}),
	3424: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MAX = 17976931348623157e292;
		module.exports = FLOAT64_MAX;
	}),
	4862: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074 | 0;
		module.exports = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
	}),
	7999: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_MIN_LN = -708.3964185322641;
		module.exports = FLOAT64_MIN_LN;
	}),
	1475: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Number = __nccwpck_require__(4241);
		var FLOAT64_NINF = Number.NEGATIVE_INFINITY;
		module.exports = FLOAT64_NINF;
	}),
	1277: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = 20 | 0;
		module.exports = FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS;
	}),
	9701: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var PI = 3.141592653589793;
		module.exports = PI;
	}),
	469: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_PINF = Number.POSITIVE_INFINITY;
		module.exports = FLOAT64_PINF;
	}),
	5417: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_SMALLEST_NORMAL = 22250738585072014e-324;
		module.exports = FLOAT64_SMALLEST_NORMAL;
	}),
	8159: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_SQRT_EPSILON = 1.4901161193847656e-8;
		module.exports = FLOAT64_SQRT_EPSILON;
	}),
	2385: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var SQRT_TWO_PI = 2.5066282746310007;
		module.exports = SQRT_TWO_PI;
	}),
	4739: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var TWO_PI = 6.283185307179586;
		module.exports = TWO_PI;
	}),
	3960: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var INT32_MAX = 2147483647 | 0;
		module.exports = INT32_MAX;
	}),
	6653: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var UINT16_MAX = 65535 | 0;
		module.exports = UINT16_MAX;
	}),
	8035: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var UINT32_MAX = 4294967295;
		module.exports = UINT32_MAX;
	}),
	2732: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var UINT8_MAX = 255 | 0;
		module.exports = UINT8_MAX;
	}),
	6990: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4209);
		module.exports = main;
	}),
	4209: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Fcn = Function;
		module.exports = Fcn;
	}),
	530: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(8085);
		module.exports = main;
	}),
	8085: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isInteger = __nccwpck_require__(2804);
		function isEven(x) {
			return isInteger(x / 2);
		}
		module.exports = isEven;
	}),
	7234: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(661);
		module.exports = main;
	}),
	661: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		function isInfinite(x) {
			return x === PINF || x === NINF;
		}
		module.exports = isInfinite;
	}),
	2804: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3835);
		module.exports = main;
	}),
	3835: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var floor = __nccwpck_require__(2334);
		function isInteger(x) {
			return floor(x) === x;
		}
		module.exports = isInteger;
	}),
	6523: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(9382);
		module.exports = main;
	}),
	9382: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function isnan(x) {
			return x !== x;
		}
		module.exports = isnan;
	}),
	3270: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(8121);
		module.exports = main;
	}),
	8121: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var NINF = __nccwpck_require__(1475);
		function isNegativeZero(x) {
			return x === 0 && 1 / x === NINF;
		}
		module.exports = isNegativeZero;
	}),
	7687: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(9106);
		module.exports = main;
	}),
	9106: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isEven = __nccwpck_require__(530);
		function isOdd(x) {
			if (x > 0) {
				return isEven(x - 1);
			}
			return isEven(x + 1);
		}
		module.exports = isOdd;
	}),
	866: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7685);
		module.exports = main;
	}),
	7685: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var PINF = __nccwpck_require__(469);
		function isPositiveZero(x) {
			return x === 0 && 1 / x === PINF;
		}
		module.exports = isPositiveZero;
	}),
	6260: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6443);
		module.exports = main;
	}),
	6443: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function abs(x) {
			return Math.abs(x);
		}
		module.exports = abs;
	}),
	9827: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7841);
		module.exports = main;
	}),
	7841: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright 1984, 1995, 2000 by Stephen L. Moshier
		*
		* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
		*
		* Stephen L. Moshier
		* moshier@na-net.ornl.gov
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var sqrt = __nccwpck_require__(5478);
		var PIO4 = __nccwpck_require__(6862);
		var ratevalPQ = __nccwpck_require__(7947);
		var ratevalRS = __nccwpck_require__(35);
		var MOREBITS = 6123233995736766e-32;
		function asin(x) {
			var sgn;
			var zz;
			var a;
			var p;
			var z;
			if (isnan(x)) {
				return NaN;
			}
			if (x > 0) {
				a = x;
			} else {
				sgn = true;
				a = -x;
			}
			if (a > 1) {
				return NaN;
			}
			if (a > .625) {
				zz = 1 - a;
				p = zz * ratevalRS(zz);
				zz = sqrt(zz + zz);
				z = PIO4 - zz;
				zz = zz * p - MOREBITS;
				z -= zz;
				z += PIO4;
			} else {
				if (a < 1e-8) {
					return x;
				}
				zz = a * a;
				z = zz * ratevalPQ(zz);
				z = a * z + a;
			}
			return sgn ? -z : z;
		}
		module.exports = asin;
	}),
	7947: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return .16666666666666713;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = -8.198089802484825 + x * (19.562619833175948 + x * (-16.262479672107002 + x * (5.444622390564711 + x * (-.6019598008014124 + x * .004253011369004428))));
				s2 = -49.18853881490881 + x * (139.51056146574857 + x * (-147.1791292232726 + x * (70.49610280856842 + x * (-14.740913729888538 + x * 1))));
			} else {
				x = 1 / x;
				s1 = .004253011369004428 + x * (-.6019598008014124 + x * (5.444622390564711 + x * (-16.262479672107002 + x * (19.562619833175948 + x * -8.198089802484825))));
				s2 = 1 + x * (-14.740913729888538 + x * (70.49610280856842 + x * (-147.1791292232726 + x * (139.51056146574857 + x * -49.18853881490881))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	35: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return .08333333333333809;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = 28.536655482610616 + x * (-25.56901049652825 + x * (6.968710824104713 + x * (-.5634242780008963 + x * .002967721961301243)));
				s2 = 342.43986579130785 + x * (-383.8770957603691 + x * (147.0656354026815 + x * (-21.947795316429207 + x * 1)));
			} else {
				x = 1 / x;
				s1 = .002967721961301243 + x * (-.5634242780008963 + x * (6.968710824104713 + x * (-25.56901049652825 + x * 28.536655482610616)));
				s2 = 1 + x * (-21.947795316429207 + x * (147.0656354026815 + x * (-383.8770957603691 + x * 342.43986579130785)));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	1354: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(1165);
		module.exports = main;
	}),
	9530: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return Infinity;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = 709811.662581658 + x * (679979.8474157227 + x * (293136.7857211597 + x * (74887.54032914672 + x * (12555.290582413863 + x * (1443.4299244417066 + x * (115.24194596137347 + x * (6.309239205732627 + x * (.22668404630224365 + x * (.004826466289237662 + x * 4624429436045379e-20)))))))));
				s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
			} else {
				x = 1 / x;
				s1 = 4624429436045379e-20 + x * (.004826466289237662 + x * (.22668404630224365 + x * (6.309239205732627 + x * (115.24194596137347 + x * (1443.4299244417066 + x * (12555.290582413863 + x * (74887.54032914672 + x * (293136.7857211597 + x * (679979.8474157227 + x * 709811.662581658)))))))));
				s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	1165: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var log1p = __nccwpck_require__(7260);
		var sqrt = __nccwpck_require__(5478);
		var abs = __nccwpck_require__(6260);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var E = __nccwpck_require__(45);
		var EPSILON = __nccwpck_require__(5088);
		var lanczosSumExpGScaled = __nccwpck_require__(9530);
		var G = 10.900511;
		function beta(a, b) {
			var ambh;
			var agh;
			var bgh;
			var cgh;
			var res;
			var tmp;
			var c;
			if (isnan(a) || isnan(b)) {
				return NaN;
			}
			if (a < 0 || b < 0) {
				return NaN;
			}
			if (b === 1) {
				return 1 / a;
			}
			if (a === 1) {
				return 1 / b;
			}
			c = a + b;
			if (c < EPSILON) {
				res = c / a;
				res /= b;
				return res;
			}
			if (c === a && b < EPSILON) {
				return 1 / b;
			}
			if (c === b && a < EPSILON) {
				return 1 / a;
			}
			if (a < b) {
				tmp = b;
				b = a;
				a = tmp;
			}
			agh = a + G - .5;
			bgh = b + G - .5;
			cgh = c + G - .5;
			res = lanczosSumExpGScaled(a) * (lanczosSumExpGScaled(b) / lanczosSumExpGScaled(c));
			ambh = a - .5 - b;
			if (abs(b * ambh) < cgh * 100 && a > 100) {
				res *= exp(ambh * log1p(-b / cgh));
			} else {
				res *= pow(agh / cgh, ambh);
			}
			if (cgh > 1e10) {
				res *= pow(agh / cgh * (bgh / cgh), b);
			} else {
				res *= pow(agh * bgh / (cgh * cgh), b);
			}
			res *= sqrt(E / bgh);
			return res;
		}
		module.exports = beta;
	}),
	9986: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4757);
		module.exports = main;
	}),
	4757: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var kernelBetainc = __nccwpck_require__(9818).assign;
		function betainc(x, a, b, regularized, upper) {
			var out = [0, 0];
			regularized = regularized === false ? false : true;
			upper = upper === true ? true : false;
			kernelBetainc(x, a, b, regularized, upper, out, 1, 0);
			return out[0];
		}
		module.exports = betainc;
	}),
	7548: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7811);
		module.exports = main;
	}),
	7811: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var MAX_SAFE_INTEGER = __nccwpck_require__(6622);
		var PINF = __nccwpck_require__(469);
		var isInteger = __nccwpck_require__(2804);
		var isnan = __nccwpck_require__(6523);
		var isOdd = __nccwpck_require__(7687);
		var floor = __nccwpck_require__(2334);
		var gcd = __nccwpck_require__(4370);
		function binomcoef(n, k) {
			var res;
			var sgn;
			var b;
			var c;
			var d;
			var g;
			var s;
			if (isnan(n) || isnan(k)) {
				return NaN;
			}
			if (!isInteger(n) || !isInteger(k)) {
				return NaN;
			}
			if (k < 0) {
				return 0;
			}
			sgn = 1;
			if (n < 0) {
				n = -n + k - 1;
				if (isOdd(k)) {
					sgn *= -1;
				}
			}
			if (k > n) {
				return 0;
			}
			if (k === 0 || k === n) {
				return sgn;
			}
			if (k === 1 || k === n - 1) {
				return sgn * n;
			}
			if (n - k < k) {
				k = n - k;
			}
			s = floor(MAX_SAFE_INTEGER / n);
			res = 1;
			for (d = 1; d <= k; d++) {
				if (res > s) {
					break;
				}
				res *= n;
				res /= d;
				n -= 1;
			}
			if (d > k) {
				return sgn * res;
			}
			b = binomcoef(n, k - d + 1);
			if (b === PINF) {
				return sgn * b;
			}
			c = binomcoef(k, k - d + 1);
			g = gcd(b, c);
			b /= g;
			c /= g;
			res /= c;
			return sgn * res * b;
		}
		module.exports = binomcoef;
	}),
	3385: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7640);
		module.exports = main;
	}),
	7640: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var ceil = Math.ceil;
		module.exports = ceil;
	}),
	910: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(9775);
		module.exports = main;
	}),
	9775: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var SIGN_MASK = __nccwpck_require__(5976);
		var ABS_MASK = __nccwpck_require__(3935);
		var toWords = __nccwpck_require__(7949);
		var getHighWord = __nccwpck_require__(2882);
		var fromWords = __nccwpck_require__(7844);
		var WORDS = [0, 0];
		function copysign(x, y) {
			var hx;
			var hy;
			toWords.assign(x, WORDS, 1, 0);
			hx = WORDS[0];
			hx &= ABS_MASK;
			hy = getHighWord(y);
			hy &= SIGN_MASK;
			hx |= hy;
			return fromWords(hx, WORDS[1]);
		}
		module.exports = copysign;
	}),
	9191: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4274);
		module.exports = main;
	}),
	4274: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var getHighWord = __nccwpck_require__(2882);
		var kernelCos = __nccwpck_require__(1567);
		var kernelSin = __nccwpck_require__(186);
		var rempio2 = __nccwpck_require__(3982);
		var ABS_MASK = __nccwpck_require__(3935);
		var EXPONENT_MASK = __nccwpck_require__(222);
		var buffer = [0, 0];
		var HIGH_WORD_PIO4 = 1072243195 | 0;
		var HIGH_WORD_TWO_NEG_27 = 1044381696 | 0;
		function cos(x) {
			var ix;
			var n;
			ix = getHighWord(x);
			ix &= ABS_MASK;
			if (ix <= HIGH_WORD_PIO4) {
				if (ix < HIGH_WORD_TWO_NEG_27) {
					return 1;
				}
				return kernelCos(x, 0);
			}
			if (ix >= EXPONENT_MASK) {
				return NaN;
			}
			n = rempio2(x, buffer);
			switch (n & 3) {
				case 0: return kernelCos(buffer[0], buffer[1]);
				case 1: return -kernelSin(buffer[0], buffer[1]);
				case 2: return -kernelCos(buffer[0], buffer[1]);
				default: return kernelSin(buffer[0], buffer[1]);
			}
		}
		module.exports = cos;
	}),
	988: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4387);
		module.exports = main;
	}),
	4387: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var exp = __nccwpck_require__(1851);
		var setLowWord = __nccwpck_require__(3786);
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var polyvalPP = __nccwpck_require__(8300);
		var polyvalQQ = __nccwpck_require__(8018);
		var polyvalPA = __nccwpck_require__(675);
		var polyvalQA = __nccwpck_require__(5266);
		var polyvalRA = __nccwpck_require__(8925);
		var polyvalSA = __nccwpck_require__(1332);
		var polyvalRB = __nccwpck_require__(516);
		var polyvalSB = __nccwpck_require__(9101);
		var TINY = 1e-300;
		var SMALL = 13877787807814457e-33;
		var ERX = .8450629115104675;
		var PPC = .12837916709551256;
		var QQC = 1;
		var PAC = -.0023621185607526594;
		var QAC = 1;
		var RAC = -.009864944034847148;
		var SAC = 1;
		var RBC = -.0098649429247001;
		var SBC = 1;
		function erfc(x) {
			var sign;
			var ax;
			var z;
			var r;
			var s;
			var y;
			var p;
			var q;
			if (isnan(x)) {
				return NaN;
			}
			if (x === PINF) {
				return 0;
			}
			if (x === NINF) {
				return 2;
			}
			if (x === 0) {
				return 1;
			}
			if (x < 0) {
				sign = true;
				ax = -x;
			} else {
				sign = false;
				ax = x;
			}
			if (ax < .84375) {
				if (ax < SMALL) {
					return 1 - x;
				}
				z = x * x;
				r = PPC + z * polyvalPP(z);
				s = QQC + z * polyvalQQ(z);
				y = r / s;
				if (x < .25) {
					return 1 - (x + x * y);
				}
				r = x * y;
				r += x - .5;
				return .5 - r;
			}
			if (ax < 1.25) {
				s = ax - 1;
				p = PAC + s * polyvalPA(s);
				q = QAC + s * polyvalQA(s);
				if (sign) {
					return 1 + ERX + p / q;
				}
				return 1 - ERX - p / q;
			}
			if (ax < 28) {
				s = 1 / (ax * ax);
				if (ax < 2.857142857142857) {
					r = RAC + s * polyvalRA(s);
					s = SAC + s * polyvalSA(s);
				} else {
					if (x < -6) {
						return 2 - TINY;
					}
					r = RBC + s * polyvalRB(s);
					s = SBC + s * polyvalSB(s);
				}
				z = setLowWord(ax, 0);
				r = exp(-(z * z) - .5625) * exp((z - ax) * (z + ax) + r / s);
				if (sign) {
					return 2 - r / ax;
				}
				return r / ax;
			}
			if (sign) {
				return 2 - TINY;
			}
			return TINY * TINY;
		}
		module.exports = erfc;
	}),
	675: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .41485611868374833;
			}
			return .41485611868374833 + x * (-.3722078760357013 + x * (.31834661990116175 + x * (-.11089469428239668 + x * (.035478304325618236 + x * -.002166375594868791))));
		}
		module.exports = evalpoly;
	}),
	8300: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.3250421072470015;
			}
			return -.3250421072470015 + x * (-.02848174957559851 + x * (-.005770270296489442 + x * -23763016656650163e-21));
		}
		module.exports = evalpoly;
	}),
	5266: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .10642088040084423;
			}
			return .10642088040084423 + x * (.540397917702171 + x * (.07182865441419627 + x * (.12617121980876164 + x * (.01363708391202905 + x * .011984499846799107))));
		}
		module.exports = evalpoly;
	}),
	8018: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .39791722395915535;
			}
			return .39791722395915535 + x * (.0650222499887673 + x * (.005081306281875766 + x * (.00013249473800432164 + x * -3960228278775368e-21)));
		}
		module.exports = evalpoly;
	}),
	8925: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.6938585727071818;
			}
			return -.6938585727071818 + x * (-10.558626225323291 + x * (-62.375332450326006 + x * (-162.39666946257347 + x * (-184.60509290671104 + x * (-81.2874355063066 + x * -9.814329344169145)))));
		}
		module.exports = evalpoly;
	}),
	516: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.799283237680523;
			}
			return -.799283237680523 + x * (-17.757954917754752 + x * (-160.63638485582192 + x * (-637.5664433683896 + x * (-1025.0951316110772 + x * -483.5191916086514))));
		}
		module.exports = evalpoly;
	}),
	1332: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return 19.651271667439257;
			}
			return 19.651271667439257 + x * (137.65775414351904 + x * (434.56587747522923 + x * (645.3872717332679 + x * (429.00814002756783 + x * (108.63500554177944 + x * (6.570249770319282 + x * -.0604244152148581))))));
		}
		module.exports = evalpoly;
	}),
	9101: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return 30.33806074348246;
			}
			return 30.33806074348246 + x * (325.7925129965739 + x * (1536.729586084437 + x * (3199.8582195085955 + x * (2553.0504064331644 + x * (474.52854120695537 + x * -22.44095244658582)))));
		}
		module.exports = evalpoly;
	}),
	6567: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (c) 2009 The Go Authors. All rights reserved.
		*
		* Redistribution and use in source and binary forms, with or without
		* modification, are permitted provided that the following conditions are
		* met:
		*
		*    * Redistributions of source code must retain the above copyright
		* notice, this list of conditions and the following disclaimer.
		*    * Redistributions in binary form must reproduce the above
		* copyright notice, this list of conditions and the following disclaimer
		* in the documentation and/or other materials provided with the
		* distribution.
		*    * Neither the name of Google Inc. nor the names of its
		* contributors may be used to endorse or promote products derived from
		* this software without specific prior written permission.
		*
		* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
		* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
		* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
		* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
		* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
		* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
		* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
		* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
		* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
		* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
		* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
		* ```
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var ldexp = __nccwpck_require__(3291);
		var polyvalP = __nccwpck_require__(1589);
		function expmulti(hi, lo, k) {
			var r;
			var t;
			var c;
			var y;
			r = hi - lo;
			t = r * r;
			c = r - t * polyvalP(t);
			y = 1 - (lo - r * c / (2 - c) - hi);
			return ldexp(y, k);
		}
		module.exports = expmulti;
	}),
	1851: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(1878);
		module.exports = main;
	}),
	1878: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (c) 2009 The Go Authors. All rights reserved.
		*
		* Redistribution and use in source and binary forms, with or without
		* modification, are permitted provided that the following conditions are
		* met:
		*
		*    * Redistributions of source code must retain the above copyright
		* notice, this list of conditions and the following disclaimer.
		*    * Redistributions in binary form must reproduce the above
		* copyright notice, this list of conditions and the following disclaimer
		* in the documentation and/or other materials provided with the
		* distribution.
		*    * Neither the name of Google Inc. nor the names of its
		* contributors may be used to endorse or promote products derived from
		* this software without specific prior written permission.
		*
		* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
		* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
		* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
		* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
		* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
		* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
		* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
		* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
		* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
		* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
		* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
		* ```
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var trunc = __nccwpck_require__(1262);
		var NINF = __nccwpck_require__(1475);
		var PINF = __nccwpck_require__(469);
		var expmulti = __nccwpck_require__(6567);
		var LN2_HI = .6931471803691238;
		var LN2_LO = 19082149292705877e-26;
		var LOG2_E = 1.4426950408889634;
		var OVERFLOW = 709.782712893384;
		var UNDERFLOW = -745.1332191019411;
		var NEARZERO = 1 / (1 << 28);
		var NEG_NEARZERO = -NEARZERO;
		function exp(x) {
			var hi;
			var lo;
			var k;
			if (isnan(x) || x === PINF) {
				return x;
			}
			if (x === NINF) {
				return 0;
			}
			if (x > OVERFLOW) {
				return PINF;
			}
			if (x < UNDERFLOW) {
				return 0;
			}
			if (x > NEG_NEARZERO && x < NEARZERO) {
				return 1 + x;
			}
			if (x < 0) {
				k = trunc(LOG2_E * x - .5);
			} else {
				k = trunc(LOG2_E * x + .5);
			}
			hi = x - k * LN2_HI;
			lo = k * LN2_LO;
			return expmulti(hi, lo, k);
		}
		module.exports = exp;
	}),
	1589: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .16666666666666602;
			}
			return .16666666666666602 + x * (-.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 4.1381367970572385e-8)));
		}
		module.exports = evalpoly;
	}),
	141: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var expm1 = __nccwpck_require__(6172);
		module.exports = expm1;
	}),
	6172: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var getHighWord = __nccwpck_require__(2882);
		var setHighWord = __nccwpck_require__(5990);
		var fromWords = __nccwpck_require__(7844);
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var FLOAT64_EXPONENT_BIAS = __nccwpck_require__(1877);
		var HALF_LN2 = __nccwpck_require__(9475);
		var polyval = __nccwpck_require__(6736);
		var OVERFLOW_THRESHOLD = 709.782712893384;
		var LN2_HI = .6931471803691238;
		var LN2_LO = 19082149292705877e-26;
		var LN2_INV = 1.4426950408889634;
		var LN2x56 = 38.816242111356935;
		var LN2_HALFX3 = 1.0397207708399179;
		function expm1(x) {
			var halfX;
			var twopk;
			var sign;
			var hi;
			var lo;
			var hx;
			var r1;
			var y;
			var z;
			var c;
			var t;
			var e;
			var k;
			if (x === PINF || isnan(x)) {
				return x;
			}
			if (x === NINF) {
				return -1;
			}
			if (x === 0) {
				return x;
			}
			if (x < 0) {
				sign = true;
				y = -x;
			} else {
				sign = false;
				y = x;
			}
			if (y >= LN2x56) {
				if (sign) {
					return -1;
				}
				if (y >= OVERFLOW_THRESHOLD) {
					return PINF;
				}
			}
			hx = getHighWord(y) | 0;
			if (y > HALF_LN2) {
				if (y < LN2_HALFX3) {
					if (sign) {
						hi = x + LN2_HI;
						lo = -LN2_LO;
						k = -1;
					} else {
						hi = x - LN2_HI;
						lo = LN2_LO;
						k = 1;
					}
				} else {
					if (sign) {
						k = LN2_INV * x - .5;
					} else {
						k = LN2_INV * x + .5;
					}
					k |= 0;
					t = k;
					hi = x - t * LN2_HI;
					lo = t * LN2_LO;
				}
				x = hi - lo;
				c = hi - x - lo;
			} else if (hx < 1016070144) {
				return x;
			} else {
				k = 0;
			}
			halfX = .5 * x;
			z = x * halfX;
			r1 = 1 + z * polyval(z);
			t = 3 - r1 * halfX;
			e = z * ((r1 - t) / (6 - x * t));
			if (k === 0) {
				return x - (x * e - z);
			}
			twopk = fromWords(FLOAT64_EXPONENT_BIAS + k << 20, 0);
			e = x * (e - c) - c;
			e -= z;
			if (k === -1) {
				return .5 * (x - e) - .5;
			}
			if (k === 1) {
				if (x < -.25) {
					return -2 * (e - (x + .5));
				}
				return 1 + 2 * (x - e);
			}
			if (k <= -2 || k > 56) {
				y = 1 - (e - x);
				if (k === 1024) {
					hi = getHighWord(y) + (k << 20) | 0;
					y = setHighWord(y, hi);
				} else {
					y *= twopk;
				}
				return y - 1;
			}
			t = 1;
			if (k < 20) {
				hi = 1072693248 - (2097152 >> k) | 0;
				t = setHighWord(t, hi);
				y = t - (e - x);
			} else {
				hi = FLOAT64_EXPONENT_BIAS - k << 20 | 0;
				t = setHighWord(t, hi);
				y = x - (e + t);
				y += 1;
			}
			y *= twopk;
			return y;
		}
		module.exports = expm1;
	}),
	6736: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.03333333333333313;
			}
			return -.03333333333333313 + x * (.0015873015872548146 + x * (-793650757867488e-19 + x * (4008217827329362e-21 + x * -2.0109921818362437e-7)));
		}
		module.exports = evalpoly;
	}),
	9119: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2938);
		module.exports = main;
	}),
	2938: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isnan = __nccwpck_require__(6523);
		var isInteger = __nccwpck_require__(2804);
		var gamma = __nccwpck_require__(905);
		var PINF = __nccwpck_require__(469);
		var FLOAT64_MAX_NTH_FACTORIAL = __nccwpck_require__(313);
		var FACTORIALS = __nccwpck_require__(7994);
		function factorial(x) {
			if (isnan(x)) {
				return NaN;
			}
			if (isInteger(x)) {
				if (x < 0) {
					return NaN;
				}
				if (x <= FLOAT64_MAX_NTH_FACTORIAL) {
					return FACTORIALS[x];
				}
				return PINF;
			}
			return gamma(x + 1);
		}
		module.exports = factorial;
	}),
	2334: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(5681);
		module.exports = main;
	}),
	5681: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var floor = Math.floor;
		module.exports = floor;
	}),
	1011: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006-7, 2013-14.
		* Copyright Paul A. Bristow 2007, 2013-14.
		* Copyright Nikhar Agrawal 2013-14.
		* Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var lanczosSum = __nccwpck_require__(2950);
		var gamma = __nccwpck_require__(905);
		var log1p = __nccwpck_require__(7260);
		var abs = __nccwpck_require__(6260);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var EPSILON = __nccwpck_require__(5088);
		var E = __nccwpck_require__(45);
		var G = __nccwpck_require__(3822);
		var FLOAT64_MAX_NTH_FACTORIAL = __nccwpck_require__(313);
		var FACTORIAL_169 = 4269068009004705e289;
		function gammaDeltaRatioLanczos(z, delta) {
			var result;
			var ratio;
			var zgh;
			if (z < EPSILON) {
				if (delta >= FLOAT64_MAX_NTH_FACTORIAL) {
					ratio = gammaDeltaRatioLanczos(delta, FLOAT64_MAX_NTH_FACTORIAL - delta);
					ratio *= z;
					ratio *= FACTORIAL_169;
					return 1 / ratio;
				}
				return 1 / (z * gamma(z + delta));
			}
			zgh = z + G - .5;
			if (z + delta === z) {
				if (abs(delta / zgh) < EPSILON) {
					result = exp(-delta);
				} else {
					result = 1;
				}
			} else {
				if (abs(delta) < 10) {
					result = exp((.5 - z) * log1p(delta / zgh));
				} else {
					result = pow(zgh / (zgh + delta), z - .5);
				}
				result *= lanczosSum(z) / lanczosSum(z + delta);
			}
			result *= pow(E / (zgh + delta), delta);
			return result;
		}
		module.exports = gammaDeltaRatioLanczos;
	}),
	4320: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2503);
		module.exports = main;
	}),
	2503: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006-7, 2013-14.
		* Copyright Paul A. Bristow 2007, 2013-14.
		* Copyright Nikhar Agrawal 2013-14.
		* Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var abs = __nccwpck_require__(6260);
		var floor = __nccwpck_require__(2334);
		var gamma = __nccwpck_require__(905);
		var factorial = __nccwpck_require__(9119);
		var FLOAT64_MAX_NTH_FACTORIAL = __nccwpck_require__(313);
		var gammaDeltaRatioLanczos = __nccwpck_require__(1011);
		function gammaDeltaRatio(z, delta) {
			var result;
			var idelta;
			var iz;
			if (z <= 0 || z + delta <= 0) {
				return gamma(z) / gamma(z + delta);
			}
			idelta = floor(delta);
			if (idelta === delta) {
				iz = floor(z);
				if (iz === z) {
					if (z <= FLOAT64_MAX_NTH_FACTORIAL && z + delta <= FLOAT64_MAX_NTH_FACTORIAL) {
						return factorial(iz - 1) / factorial(idelta + iz - 1);
					}
				}
				if (abs(delta) < 20) {
					if (delta === 0) {
						return 1;
					}
					if (delta < 0) {
						z -= 1;
						result = z;
						delta += 1;
						while (delta !== 0) {
							z -= 1;
							result *= z;
							delta += 1;
						}
						return result;
					}
					result = 1 / z;
					delta -= 1;
					while (delta !== 0) {
						z += 1;
						result /= z;
						delta -= 1;
					}
					return result;
				}
			}
			return gammaDeltaRatioLanczos(z, delta);
		}
		module.exports = gammaDeltaRatio;
	}),
	2638: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2193);
		module.exports = main;
	}),
	2193: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var gammaLanczosSumExpGScaled = __nccwpck_require__(9497);
		module.exports = gammaLanczosSumExpGScaled;
	}),
	9497: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return Infinity;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = 709811.662581658 + x * (679979.8474157227 + x * (293136.7857211597 + x * (74887.54032914672 + x * (12555.290582413863 + x * (1443.4299244417066 + x * (115.24194596137347 + x * (6.309239205732627 + x * (.22668404630224365 + x * (.004826466289237662 + x * 4624429436045379e-20)))))))));
				s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
			} else {
				x = 1 / x;
				s1 = 4624429436045379e-20 + x * (.004826466289237662 + x * (.22668404630224365 + x * (6.309239205732627 + x * (115.24194596137347 + x * (1443.4299244417066 + x * (12555.290582413863 + x * (74887.54032914672 + x * (293136.7857211597 + x * (679979.8474157227 + x * 709811.662581658)))))))));
				s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	2950: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2185);
		module.exports = main;
	}),
	2185: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var gammaLanczosSum = __nccwpck_require__(350);
		module.exports = gammaLanczosSum;
	}),
	350: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return Infinity;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = 38474670393.31777 + x * (36857665043.51951 + x * (15889202453.72942 + x * (4059208354.298835 + x * (680547661.1834733 + x * (78239755.00312005 + x * (6246580.776401795 + x * (341986.3488721347 + x * (12287.194511824551 + x * (261.61404416416684 + x * 2.5066282746310007)))))))));
				s2 = 0 + x * (362880 + x * (1026576 + x * (1172700 + x * (723680 + x * (269325 + x * (63273 + x * (9450 + x * (870 + x * (45 + x * 1)))))))));
			} else {
				x = 1 / x;
				s1 = 2.5066282746310007 + x * (261.61404416416684 + x * (12287.194511824551 + x * (341986.3488721347 + x * (6246580.776401795 + x * (78239755.00312005 + x * (680547661.1834733 + x * (4059208354.298835 + x * (15889202453.72942 + x * (36857665043.51951 + x * 38474670393.31777)))))))));
				s2 = 1 + x * (45 + x * (870 + x * (9450 + x * (63273 + x * (269325 + x * (723680 + x * (1172700 + x * (1026576 + x * (362880 + x * 0)))))))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	905: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(9848);
		module.exports = main;
	}),
	9848: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
		*
		* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
		*
		* Stephen L. Moshier
		* moshier@na-net.ornl.gov
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var isInteger = __nccwpck_require__(2804);
		var isNegativeZero = __nccwpck_require__(3270);
		var abs = __nccwpck_require__(6260);
		var floor = __nccwpck_require__(2334);
		var sin = __nccwpck_require__(1794);
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var PI = __nccwpck_require__(9701);
		var stirlingApprox = __nccwpck_require__(101);
		var smallApprox = __nccwpck_require__(6630);
		var rateval = __nccwpck_require__(3381);
		function gamma(x) {
			var sign;
			var q;
			var p;
			var z;
			if (isInteger(x) && x < 0 || x === NINF || isnan(x)) {
				return NaN;
			}
			if (x === 0) {
				if (isNegativeZero(x)) {
					return NINF;
				}
				return PINF;
			}
			if (x > 171.61447887182297) {
				return PINF;
			}
			if (x < -170.5674972726612) {
				return 0;
			}
			q = abs(x);
			if (q > 33) {
				if (x >= 0) {
					return stirlingApprox(x);
				}
				p = floor(q);
				if ((p & 1) === 0) {
					sign = -1;
				} else {
					sign = 1;
				}
				z = q - p;
				if (z > .5) {
					p += 1;
					z = q - p;
				}
				z = q * sin(PI * z);
				return sign * PI / (abs(z) * stirlingApprox(q));
			}
			z = 1;
			while (x >= 3) {
				x -= 1;
				z *= x;
			}
			while (x < 0) {
				if (x > -1e-9) {
					return smallApprox(x, z);
				}
				z /= x;
				x += 1;
			}
			while (x < 2) {
				if (x < 1e-9) {
					return smallApprox(x, z);
				}
				z /= x;
				x += 1;
			}
			if (x === 2) {
				return z;
			}
			x -= 2;
			return z * rateval(x);
		}
		module.exports = gamma;
	}),
	6886: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .08333333333334822;
			}
			return .08333333333334822 + x * (.0034722222160545866 + x * (-.0026813261780578124 + x * (-.00022954996161337813 + x * .0007873113957930937)));
		}
		module.exports = evalpoly;
	}),
	3381: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return 1;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = 1 + x * (.4942148268014971 + x * (.20744822764843598 + x * (.04763678004571372 + x * (.010421379756176158 + x * (.0011913514700658638 + x * (.00016011952247675185 + x * 0))))));
				s2 = 1 + x * (.0714304917030273 + x * (-.23459179571824335 + x * (.035823639860549865 + x * (.011813978522206043 + x * (-.004456419138517973 + x * (.0005396055804933034 + x * -23158187332412014e-21))))));
			} else {
				x = 1 / x;
				s1 = 0 + x * (.00016011952247675185 + x * (.0011913514700658638 + x * (.010421379756176158 + x * (.04763678004571372 + x * (.20744822764843598 + x * (.4942148268014971 + x * 1))))));
				s2 = -23158187332412014e-21 + x * (.0005396055804933034 + x * (-.004456419138517973 + x * (.011813978522206043 + x * (.035823639860549865 + x * (-.23459179571824335 + x * (.0714304917030273 + x * 1))))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	6630: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
		*
		* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
		*
		* Stephen L. Moshier
		* moshier@na-net.ornl.gov
		* ```
		*/
		var EULER = __nccwpck_require__(2404);
		function gamma(x, z) {
			return z / ((1 + EULER * x) * x);
		}
		module.exports = gamma;
	}),
	101: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
		*
		* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
		*
		* Stephen L. Moshier
		* moshier@na-net.ornl.gov
		* ```
		*/
		var SQRT_TWO_PI = __nccwpck_require__(2385);
		var pow = __nccwpck_require__(6310);
		var exp = __nccwpck_require__(1851);
		var polyval = __nccwpck_require__(6886);
		var MAX_STIRLING = 143.01608;
		function gamma(x) {
			var w;
			var y;
			var v;
			w = 1 / x;
			w = 1 + w * polyval(w);
			y = exp(x);
			if (x > MAX_STIRLING) {
				v = pow(x, .5 * x - .25);
				y = v * (v / y);
			} else {
				y = pow(x, x - .5) / y;
			}
			return SQRT_TWO_PI * y * w;
		}
		module.exports = gamma;
	}),
	7186: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var gamma1pm1 = __nccwpck_require__(7013);
		module.exports = gamma1pm1;
	}),
	3256: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006-7, 2013-14.
		* (C) Copyright Paul A. Bristow 2007, 2013-14.
		* (C) Copyright Nikhar Agrawal 2013-14.
		* (C) Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var ln = __nccwpck_require__(1550);
		var EPS = __nccwpck_require__(5088);
		var rateval1 = __nccwpck_require__(8280);
		var rateval2 = __nccwpck_require__(1440);
		var rateval3 = __nccwpck_require__(7492);
		var Y1 = .15896368026733398;
		var Y2 = .5281534194946289;
		var Y3 = .45201730728149414;
		function lgammaSmallImp(z, zm1, zm2) {
			var prefix;
			var result;
			var r;
			var R;
			if (z < EPS) {
				return -ln(z);
			}
			if (zm1 === 0 || zm2 === 0) {
				return 0;
			}
			result = 0;
			if (z > 2) {
				if (z >= 3) {
					do {
						z -= 1;
						zm2 -= 1;
						result += ln(z);
					} while (z >= 3);
					zm2 = z - 2;
				}
				r = zm2 * (z + 1);
				R = rateval1(zm2);
				result += r * Y1 + r * R;
				return result;
			}
			if (z < 1) {
				result += -ln(z);
				zm2 = zm1;
				zm1 = z;
				z += 1;
			}
			if (z <= 1.5) {
				r = rateval2(zm1);
				prefix = zm1 * zm2;
				result += prefix * Y2 + prefix * r;
				return result;
			}
			r = zm2 * zm1;
			R = rateval3(-zm2);
			result += r * Y3 + r * R;
			return result;
		}
		module.exports = lgammaSmallImp;
	}),
	7013: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006-7, 2013-14.
		* (C) Copyright Paul A. Bristow 2007, 2013-14.
		* (C) Copyright Nikhar Agrawal 2013-14.
		* (C) Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var gamma = __nccwpck_require__(905);
		var expm1 = __nccwpck_require__(141);
		var log1p = __nccwpck_require__(7260);
		var isnan = __nccwpck_require__(6523);
		var lgammaSmallImp = __nccwpck_require__(3256);
		function gamma1pm1(x) {
			if (isnan(x)) {
				return NaN;
			}
			if (x < 0) {
				if (x < -.5) {
					return gamma(1 + x) - 1;
				}
				return expm1(-log1p(x) + lgammaSmallImp(x + 2, x + 1, x));
			}
			if (x < 2) {
				return expm1(lgammaSmallImp(x + 1, x, x - 1));
			}
			return gamma(1 + x) - 1;
		}
		module.exports = gamma1pm1;
	}),
	8280: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return -.01803556856784494;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = -.01803556856784494 + x * (.02512664961998968 + x * (.049410315156753225 + x * (.0172491608709614 + x * (-.0002594535632054381 + x * (-.0005410098692152044 + x * (-3245886498259485e-20 + x * 0))))));
				s2 = 1 + x * (1.962029871977952 + x * (1.4801966942423133 + x * (.5413914320717209 + x * (.09885042511280101 + x * (.008213096746488934 + x * (.00022493629192211576 + x * -2.2335276320861708e-7))))));
			} else {
				x = 1 / x;
				s1 = 0 + x * (-3245886498259485e-20 + x * (-.0005410098692152044 + x * (-.0002594535632054381 + x * (.0172491608709614 + x * (.049410315156753225 + x * (.02512664961998968 + x * -.01803556856784494))))));
				s2 = -2.2335276320861708e-7 + x * (.00022493629192211576 + x * (.008213096746488934 + x * (.09885042511280101 + x * (.5413914320717209 + x * (1.4801966942423133 + x * (1.962029871977952 + x * 1))))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	1440: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return .04906224540690395;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = .04906224540690395 + x * (-.09691175301595212 + x * (-.4149833583594954 + x * (-.4065671242119384 + x * (-.1584135863906922 + x * (-.024014982064857155 + x * -.0010034668769627955)))));
				s2 = 1 + x * (3.0234982984646304 + x * (3.4873958536072385 + x * (1.9141558827442668 + x * (.5071377386143635 + x * (.05770397226904519 + x * .001957681026011072)))));
			} else {
				x = 1 / x;
				s1 = -.0010034668769627955 + x * (-.024014982064857155 + x * (-.1584135863906922 + x * (-.4065671242119384 + x * (-.4149833583594954 + x * (-.09691175301595212 + x * .04906224540690395)))));
				s2 = .001957681026011072 + x * (.05770397226904519 + x * (.5071377386143635 + x * (1.9141558827442668 + x * (3.4873958536072385 + x * (3.0234982984646304 + x * 1)))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	7492: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalrational(x) {
			var ax;
			var s1;
			var s2;
			if (x === 0) {
				return -.029232972183027003;
			}
			if (x < 0) {
				ax = -x;
			} else {
				ax = x;
			}
			if (ax <= 1) {
				s1 = -.029232972183027003 + x * (.14421626775719232 + x * (-.14244039073863127 + x * (.05428096940550536 + x * (-.008505359768683364 + x * (.0004311713426792973 + x * 0)))));
				s2 = 1 + x * (-1.5016935605448505 + x * (.846973248876495 + x * (-.22009515181499575 + x * (.02558279715597587 + x * (-.0010066679553914337 + x * -8.271935218912905e-7)))));
			} else {
				x = 1 / x;
				s1 = 0 + x * (.0004311713426792973 + x * (-.008505359768683364 + x * (.05428096940550536 + x * (-.14244039073863127 + x * (.14421626775719232 + x * -.029232972183027003)))));
				s2 = -8.271935218912905e-7 + x * (-.0010066679553914337 + x * (.02558279715597587 + x * (-.22009515181499575 + x * (.846973248876495 + x * (-1.5016935605448505 + x * 1)))));
			}
			return s1 / s2;
		}
		module.exports = evalrational;
	}),
	7078: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var exp = __nccwpck_require__(1851);
		function finiteGammaQ(a, x) {
			var term;
			var sum;
			var e;
			var n;
			e = exp(-x);
			sum = e;
			if (sum !== 0) {
				term = sum;
				for (n = 1; n < a; ++n) {
					term /= n;
					term *= x;
					sum += term;
				}
			}
			return sum;
		}
		module.exports = finiteGammaQ;
	}),
	5120: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var erfc = __nccwpck_require__(988);
		var sqrt = __nccwpck_require__(5478);
		var exp = __nccwpck_require__(1851);
		var PI = __nccwpck_require__(9701);
		function finiteHalfGammaQ(a, x) {
			var half;
			var term;
			var sum;
			var e;
			var n;
			e = erfc(sqrt(x));
			if (e !== 0 && a > 1) {
				term = exp(-x) / sqrt(PI * x);
				term *= x;
				half = .5;
				term /= half;
				sum = term;
				for (n = 2; n < a; ++n) {
					term /= n - half;
					term *= x;
					sum += term;
				}
				e += sum;
			}
			return e;
		}
		module.exports = finiteHalfGammaQ;
	}),
	5852: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var ln = __nccwpck_require__(1550);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		function fullIGammaPrefix(a, z) {
			var prefix;
			var alz;
			alz = a * ln(z);
			if (z >= 1) {
				if (alz < MAX_LN && -z > MIN_LN) {
					prefix = pow(z, a) * exp(-z);
				} else if (a >= 1) {
					prefix = pow(z / exp(z / a), a);
				} else {
					prefix = exp(alz - z);
				}
			} else {
				if (alz > MIN_LN) {
					prefix = pow(z, a) * exp(-z);
				} else if (z / a < MAX_LN) {
					prefix = pow(z / exp(z / a), a);
				} else {
					prefix = exp(alz - z);
				}
			}
			return prefix;
		}
		module.exports = fullIGammaPrefix;
	}),
	6144: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2025 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var floor = __nccwpck_require__(2334);
		var gamma = __nccwpck_require__(905);
		var abs = __nccwpck_require__(6260);
		var pow = __nccwpck_require__(6310);
		var ln = __nccwpck_require__(1550);
		var SQRT_EPSILON = __nccwpck_require__(8159);
		var FLOAT64_MAX = __nccwpck_require__(3424);
		var MAX_LN = __nccwpck_require__(4193);
		var tgammaILargeX = __nccwpck_require__(3781);
		var finiteGammaQ = __nccwpck_require__(7078);
		var finiteHalfGammaQ = __nccwpck_require__(5120);
		var fullIGammaPrefix = __nccwpck_require__(5852);
		var igammaTemmeLarge = __nccwpck_require__(712);
		var lowerGammaSeries = __nccwpck_require__(7178);
		var regularisedGammaPrefix = __nccwpck_require__(4175);
		var tgammaSmallUpperPart = __nccwpck_require__(97);
		var upperGammaFraction = __nccwpck_require__(386);
		function igammaFinal(x, a, regularized, upper) {
			var optimisedInvert;
			var evalMethod;
			var isHalfInt;
			var initValue;
			var useTemme;
			var isSmallA;
			var result;
			var invert;
			var isInt;
			var sigma;
			var res;
			var gam;
			var fa;
			var g;
			result = 0;
			invert = upper;
			isSmallA = a < 30 && a <= x + 1 && x < MAX_LN;
			if (isSmallA) {
				fa = floor(a);
				isInt = fa === a;
				isHalfInt = isInt ? false : abs(fa - a) === .5;
			} else {
				isInt = false;
				isHalfInt = false;
			}
			if (isInt && x > .6) {
				invert = !invert;
				evalMethod = 0;
			} else if (isHalfInt && x > .2) {
				invert = !invert;
				evalMethod = 1;
			} else if (x < SQRT_EPSILON && a > 1) {
				evalMethod = 6;
			} else if (x > 1e3 && (a < x || abs(a - 50) / x < 1)) {
				invert = !invert;
				evalMethod = 7;
			} else if (x < .5) {
				if (-.4 / ln(x) < a) {
					evalMethod = 2;
				} else {
					evalMethod = 3;
				}
			} else if (x < 1.1) {
				if (x * .75 < a) {
					evalMethod = 2;
				} else {
					evalMethod = 3;
				}
			} else {
				useTemme = false;
				if (regularized && a > 20) {
					sigma = abs((x - a) / a);
					if (a > 200) {
						if (20 / a > sigma * sigma) {
							useTemme = true;
						}
					} else if (sigma < .4) {
						useTemme = true;
					}
				}
				if (useTemme) {
					evalMethod = 5;
				} else if (x - 1 / (3 * x) < a) {
					evalMethod = 2;
				} else {
					evalMethod = 4;
					invert = !invert;
				}
			}
			switch (evalMethod) {
				case 0:
					result = finiteGammaQ(a, x);
					if (regularized === false) {
						result *= gamma(a);
					}
					break;
				case 1:
					result = finiteHalfGammaQ(a, x);
					if (regularized === false) {
						result *= gamma(a);
					}
					break;
				case 2:
					result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
					if (result !== 0) {
						initValue = 0;
						optimisedInvert = false;
						if (invert) {
							initValue = regularized ? 1 : gamma(a);
							if (regularized || result >= 1 || FLOAT64_MAX * result > initValue) {
								initValue /= result;
								if (regularized || a < 1 || FLOAT64_MAX / a > initValue) {
									initValue *= -a;
									optimisedInvert = true;
								} else {
									initValue = 0;
								}
							} else {
								initValue = 0;
							}
						}
						result *= lowerGammaSeries(a, x, initValue) / a;
						if (optimisedInvert) {
							invert = false;
							result = -result;
						}
					}
					break;
				case 3:
					invert = !invert;
					res = tgammaSmallUpperPart(a, x, invert);
					result = res[0];
					g = res[1];
					invert = false;
					if (regularized) {
						result /= g;
					}
					break;
				case 4:
					result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
					if (result !== 0) {
						result *= upperGammaFraction(a, x);
					}
					break;
				case 5:
					result = igammaTemmeLarge(a, x);
					if (x >= a) {
						invert = !invert;
					}
					break;
				case 6:
					result = regularized ? pow(x, a) / gamma(a + 1) : pow(x, a) / a;
					result *= 1 - a * x / (a + 1);
					break;
				case 7:
					result = regularized ? regularisedGammaPrefix(a, x) : fullIGammaPrefix(a, x);
					result /= x;
					if (result !== 0) {
						result *= tgammaILargeX(a, x);
					}
					break;
			}
			if (regularized && result > 1) {
				result = 1;
			}
			if (invert) {
				gam = regularized ? 1 : gamma(a);
				result = gam - result;
			}
			return result;
		}
		module.exports = igammaFinal;
	}),
	712: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var evalpoly = __nccwpck_require__(2096);
		var log1pmx = __nccwpck_require__(5430);
		var erfc = __nccwpck_require__(988);
		var sqrt = __nccwpck_require__(5478);
		var exp = __nccwpck_require__(1851);
		var TWO_PI = __nccwpck_require__(4739);
		var polyvalC0 = __nccwpck_require__(4410);
		var polyvalC1 = __nccwpck_require__(5273);
		var polyvalC2 = __nccwpck_require__(736);
		var polyvalC3 = __nccwpck_require__(8135);
		var polyvalC4 = __nccwpck_require__(6870);
		var polyvalC5 = __nccwpck_require__(7589);
		var polyvalC6 = __nccwpck_require__(3164);
		var polyvalC7 = __nccwpck_require__(8099);
		var polyvalC8 = __nccwpck_require__(9413);
		var workspace = [
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		];
		function igammaTemmeLarge(a, x) {
			var result;
			var sigma;
			var phi;
			var y;
			var z;
			sigma = (x - a) / a;
			phi = -log1pmx(sigma);
			y = a * phi;
			z = sqrt(2 * phi);
			if (x < a) {
				z = -z;
			}
			workspace[0] = polyvalC0(z);
			workspace[1] = polyvalC1(z);
			workspace[2] = polyvalC2(z);
			workspace[3] = polyvalC3(z);
			workspace[4] = polyvalC4(z);
			workspace[5] = polyvalC5(z);
			workspace[6] = polyvalC6(z);
			workspace[7] = polyvalC7(z);
			workspace[8] = polyvalC8(z);
			workspace[9] = -.0005967612901927463;
			result = evalpoly(workspace, 1 / a);
			result *= exp(-y) / sqrt(TWO_PI * a);
			if (x < a) {
				result = -result;
			}
			result += erfc(sqrt(y)) / 2;
			return result;
		}
		module.exports = igammaTemmeLarge;
	}),
	5479: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3218);
		module.exports = main;
	}),
	7178: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var sumSeries = __nccwpck_require__(6491);
		var lowerIncompleteGammaSeries = __nccwpck_require__(3027);
		function lowerGammaSeries(a, z, initialValue) {
			var result;
			var s;
			initialValue = initialValue || 0;
			s = lowerIncompleteGammaSeries(a, z);
			result = sumSeries(s, { "initialValue": initialValue });
			return result;
		}
		module.exports = lowerGammaSeries;
	}),
	3027: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		function lowerIncompleteGammaSeries(a1, z1) {
			var result = 1;
			var a = a1;
			var z = z1;
			return next;
			function next() {
				var r = result;
				a += 1;
				result *= z / a;
				return r;
			}
		}
		module.exports = lowerIncompleteGammaSeries;
	}),
	3218: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006-7, 2013-14.
		* (C) Copyright Paul A. Bristow 2007, 2013-14.
		* (C) Copyright Nikhar Agrawal 2013-14.
		* (C) Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var gammaln = __nccwpck_require__(7711);
		var exp = __nccwpck_require__(1851);
		var ln = __nccwpck_require__(1550);
		var SQRT_TWO_PI = __nccwpck_require__(2385);
		var MAX_LN = __nccwpck_require__(4193);
		var PINF = __nccwpck_require__(469);
		var FLOAT64_MAX_NTH_FACTORIAL = __nccwpck_require__(313);
		var igammaFinal = __nccwpck_require__(6144);
		var lowerGammaSeries = __nccwpck_require__(7178);
		var upperGammaFraction = __nccwpck_require__(386);
		function gammainc(x, a, regularized, upper) {
			var normalized;
			var initValue;
			var invert;
			var result;
			if (x < 0 || a <= 0) {
				return NaN;
			}
			normalized = regularized === void 0 ? true : regularized;
			invert = upper;
			if (a >= FLOAT64_MAX_NTH_FACTORIAL && !normalized) {
				if (invert && a * 4 < x) {
					result = a * ln(x) - x;
					result += ln(upperGammaFraction(a, x));
				} else if (!invert && a > 4 * x) {
					result = a * ln(x) - x;
					initValue = 0;
					result += ln(lowerGammaSeries(a, x, initValue) / a);
				} else {
					result = igammaFinal(x, a, true, invert);
					if (result === 0) {
						if (invert) {
							result = 1 + 1 / (12 * a) + 1 / (288 * a * a);
							result = ln(result) - a + (a - .5) * ln(a);
							result += ln(SQRT_TWO_PI);
						} else {
							result = a * ln(x) - x;
							initValue = 0;
							result += ln(lowerGammaSeries(a, x, initValue) / a);
						}
					} else {
						result = ln(result) + gammaln(a);
					}
				}
				if (result > MAX_LN) {
					return PINF;
				}
				return exp(result);
			}
			return igammaFinal(x, a, normalized, invert);
		}
		module.exports = gammainc;
	}),
	4410: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.3333333333333333;
			}
			return -.3333333333333333 + x * (.08333333333333333 + x * (-.014814814814814815 + x * (.0011574074074074073 + x * (.0003527336860670194 + x * (-.0001787551440329218 + x * (3919263178522438e-20 + x * (-21854485106799924e-22 + x * (-185406221071516e-20 + x * (8.296711340953087e-7 + x * (-1.7665952736826078e-7 + x * (6.707853543401498e-9 + x * (1.0261809784240309e-8 + x * (-4.382036018453353e-9 + x * 914769958223679e-24)))))))))))));
		}
		module.exports = evalpoly;
	}),
	5273: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.001851851851851852;
			}
			return -.001851851851851852 + x * (-.003472222222222222 + x * (.0026455026455026454 + x * (-.0009902263374485596 + x * (.00020576131687242798 + x * (-4.018775720164609e-7 + x * (-18098550334489977e-21 + x * (764916091608111e-20 + x * (-16120900894563446e-22 + x * (4.647127802807434e-9 + x * (1.378633446915721e-7 + x * (-5.752545603517705e-8 + x * 1.1951628599778148e-8)))))))))));
		}
		module.exports = evalpoly;
	}),
	736: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .004133597883597883;
			}
			return .004133597883597883 + x * (-.0026813271604938273 + x * (.0007716049382716049 + x * (20093878600823047e-22 + x * (-.00010736653226365161 + x * (52923448829120125e-21 + x * (-12760635188618728e-21 + x * (3.423578734096138e-8 + x * (13721957309062932e-22 + x * (-6.298992138380055e-7 + x * 1.4280614206064242e-7)))))))));
		}
		module.exports = evalpoly;
	}),
	8135: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .0006494341563786008;
			}
			return .0006494341563786008 + x * (.00022947209362139917 + x * (-.0004691894943952557 + x * (.00026772063206283885 + x * (-7561801671883977e-20 + x * (-2.396505113867297e-7 + x * (11082654115347302e-21 + x * (-56749528269915965e-22 + x * 14230900732435883e-22)))))));
		}
		module.exports = evalpoly;
	}),
	6870: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.0008618882909167117;
			}
			return -.0008618882909167117 + x * (.0007840392217200666 + x * (-.0002990724803031902 + x * (-14638452578843418e-22 + x * (6641498215465122e-20 + x * (-3968365047179435e-20 + x * 11375726970678419e-21)))));
		}
		module.exports = evalpoly;
	}),
	7589: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.00033679855336635813;
			}
			return -.00033679855336635813 + x * (-6972813758365858e-20 + x * (.0002772753244959392 + x * (-.00019932570516188847 + x * (6797780477937208e-20 + x * (1.419062920643967e-7 + x * (-13594048189768693e-21 + x * (8018470256334202e-21 + x * -2291481176508095e-21)))))));
		}
		module.exports = evalpoly;
	}),
	3164: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .0005313079364639922;
			}
			return .0005313079364639922 + x * (-.0005921664373536939 + x * (.0002708782096718045 + x * (7.902353232660328e-7 + x * (-8153969367561969e-20 + x * (561168275310625e-19 + x * -18329116582843375e-21)))));
		}
		module.exports = evalpoly;
	}),
	8099: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .00034436760689237765;
			}
			return .00034436760689237765 + x * (5171790908260592e-20 + x * (-.00033493161081142234 + x * (.0002812695154763237 + x * -.00010976582244684731)));
		}
		module.exports = evalpoly;
	}),
	9413: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.0006526239185953094;
			}
			return -.0006526239185953094 + x * (.0008394987206720873 + x * -.000438297098541721);
		}
		module.exports = evalpoly;
	}),
	4175: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006-7, 2013-14.
		* Copyright Paul A. Bristow 2007, 2013-14.
		* Copyright Nikhar Agrawal 2013-14.
		* Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var lanczosSumExpGScaled = __nccwpck_require__(2638);
		var gammaln = __nccwpck_require__(7711);
		var gamma = __nccwpck_require__(905);
		var log1pmx = __nccwpck_require__(5430);
		var sqrt = __nccwpck_require__(5478);
		var abs = __nccwpck_require__(6260);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var max = __nccwpck_require__(2974);
		var min = __nccwpck_require__(8008);
		var ln = __nccwpck_require__(1550);
		var FLOAT64_MAX = __nccwpck_require__(3424);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		var G = __nccwpck_require__(3822);
		var E = __nccwpck_require__(45);
		function regularisedGammaPrefix(a, z) {
			var prefix;
			var amza;
			var agh;
			var alz;
			var amz;
			var sq;
			var d;
			agh = a + G - .5;
			d = (z - a - G + .5) / agh;
			if (a < 1) {
				if (z <= MIN_LN || a < 1 / FLOAT64_MAX) {
					return exp(a * ln(z) - z - gammaln(a));
				}
				return pow(z, a) * exp(-z) / gamma(a);
			}
			if (abs(d * d * a) <= 100 && a > 150) {
				prefix = a * log1pmx(d) + z * (.5 - G) / agh;
				prefix = exp(prefix);
			} else {
				alz = a * ln(z / agh);
				amz = a - z;
				if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
					amza = amz / a;
					if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
						sq = pow(z / agh, a / 2) * exp(amz / 2);
						prefix = sq * sq;
					} else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z > a) {
						sq = pow(z / agh, a / 4) * exp(amz / 4);
						prefix = sq * sq;
						prefix *= prefix;
					} else if (amza > MIN_LN && amza < MAX_LN) {
						prefix = pow(z * exp(amza) / agh, a);
					} else {
						prefix = exp(alz + amz);
					}
				} else {
					prefix = pow(z / agh, a) * exp(amz);
				}
			}
			prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
			return prefix;
		}
		module.exports = regularisedGammaPrefix;
	}),
	7708: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		function smallGamma2Series(a, x) {
			var result;
			var apn;
			var n;
			var r;
			result = -x;
			x = -x;
			apn = a + 1;
			n = 1;
			return next;
			function next() {
				r = result / apn;
				result *= x;
				n += 1;
				result /= n;
				apn += 1;
				return r;
			}
		}
		module.exports = smallGamma2Series;
	}),
	3781: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2025 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var sumSeries = __nccwpck_require__(6491);
		var tgammaILargeXSeries = __nccwpck_require__(4809);
		function tgammaILargeX(a, x) {
			var result;
			var s;
			s = tgammaILargeXSeries(a, x);
			result = sumSeries(s);
			return result;
		}
		module.exports = tgammaILargeX;
	}),
	4809: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2025 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		function tgammaILargeXSeries(a1, x1) {
			var result = 1;
			var a = a1;
			var x = x1;
			return next;
			function next() {
				var r = result;
				result *= a / x;
				a -= 1;
				return r;
			}
		}
		module.exports = tgammaILargeXSeries;
	}),
	97: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var powm1 = __nccwpck_require__(4756);
		var sumSeries = __nccwpck_require__(6491);
		var gamma1pm1 = __nccwpck_require__(7186);
		var smallGamma2Series = __nccwpck_require__(7708);
		function tgammaSmallUpperPart(a, x, invert) {
			var initialValue;
			var result;
			var pgam;
			var p;
			var s;
			result = gamma1pm1(a);
			pgam = (result + 1) / a;
			p = powm1(x, a);
			result -= p;
			result /= a;
			s = smallGamma2Series(a, x);
			p += 1;
			initialValue = invert ? pgam : 0;
			result = -p * sumSeries(s, { "initialValue": (initialValue - result) / p });
			if (invert) {
				result = -result;
			}
			return [result, pgam];
		}
		module.exports = tgammaSmallUpperPart;
	}),
	386: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var continuedFraction = __nccwpck_require__(508);
		var upperIncompleteGammaFract = __nccwpck_require__(2923);
		function upperGammaFraction(a, z) {
			var f = upperIncompleteGammaFract(a, z);
			return 1 / (z - a + 1 + continuedFraction(f));
		}
		module.exports = upperGammaFraction;
	}),
	2923: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		function upperIncompleteGammaFract(a1, z1) {
			var z = z1 - a1 + 1;
			var a = a1;
			var k = 0;
			return next;
			function next() {
				k += 1;
				z += 2;
				return [k * (a - k), z];
			}
		}
		module.exports = upperIncompleteGammaFract;
	}),
	7711: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(8554);
		module.exports = main;
	}),
	8554: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var isInfinite = __nccwpck_require__(7234);
		var abs = __nccwpck_require__(6260);
		var ln = __nccwpck_require__(1550);
		var trunc = __nccwpck_require__(1262);
		var sinpi = __nccwpck_require__(8901);
		var PI = __nccwpck_require__(9701);
		var PINF = __nccwpck_require__(469);
		var polyvalA1 = __nccwpck_require__(9303);
		var polyvalA2 = __nccwpck_require__(5690);
		var polyvalR = __nccwpck_require__(1271);
		var polyvalS = __nccwpck_require__(7120);
		var polyvalT1 = __nccwpck_require__(2778);
		var polyvalT2 = __nccwpck_require__(6503);
		var polyvalT3 = __nccwpck_require__(2352);
		var polyvalU = __nccwpck_require__(7942);
		var polyvalV = __nccwpck_require__(5059);
		var polyvalW = __nccwpck_require__(9596);
		var A1C = .07721566490153287;
		var A2C = .3224670334241136;
		var RC = 1;
		var SC = -.07721566490153287;
		var T1C = .48383612272381005;
		var T2C = -.1475877229945939;
		var T3C = .06462494023913339;
		var UC = -.07721566490153287;
		var VC = 1;
		var WC = .4189385332046727;
		var YMIN = 1.4616321449683622;
		var TWO52 = 4503599627370496;
		var TWO56 = 72057594037927940;
		var TINY = 13877787807814457e-33;
		var TC = 1.4616321449683622;
		var TF = -.12148629053584961;
		var TT = -3638676997039505e-33;
		function gammaln(x) {
			var isNegative;
			var nadj;
			var flg;
			var p3;
			var p2;
			var p1;
			var p;
			var q;
			var t;
			var w;
			var y;
			var z;
			var r;
			if (isnan(x) || isInfinite(x)) {
				return x;
			}
			if (x === 0) {
				return PINF;
			}
			if (x < 0) {
				isNegative = true;
				x = -x;
			} else {
				isNegative = false;
			}
			if (x < TINY) {
				return -ln(x);
			}
			if (isNegative) {
				if (x >= TWO52) {
					return PINF;
				}
				t = sinpi(x);
				if (t === 0) {
					return PINF;
				}
				nadj = ln(PI / abs(t * x));
			}
			if (x === 1 || x === 2) {
				return 0;
			}
			if (x < 2) {
				if (x <= .9) {
					r = -ln(x);
					if (x >= YMIN - 1 + .27) {
						y = 1 - x;
						flg = 0;
					} else if (x >= YMIN - 1 - .27) {
						y = x - (TC - 1);
						flg = 1;
					} else {
						y = x;
						flg = 2;
					}
				} else {
					r = 0;
					if (x >= YMIN + .27) {
						y = 2 - x;
						flg = 0;
					} else if (x >= YMIN - .27) {
						y = x - TC;
						flg = 1;
					} else {
						y = x - 1;
						flg = 2;
					}
				}
				switch (flg) {
					case 0:
						z = y * y;
						p1 = A1C + z * polyvalA1(z);
						p2 = z * (A2C + z * polyvalA2(z));
						p = y * p1 + p2;
						r += p - .5 * y;
						break;
					case 1:
						z = y * y;
						w = z * y;
						p1 = T1C + w * polyvalT1(w);
						p2 = T2C + w * polyvalT2(w);
						p3 = T3C + w * polyvalT3(w);
						p = z * p1 - (TT - w * (p2 + y * p3));
						r += TF + p;
						break;
					case 2:
						p1 = y * (UC + y * polyvalU(y));
						p2 = VC + y * polyvalV(y);
						r += -.5 * y + p1 / p2;
						break;
				}
			} else if (x < 8) {
				flg = trunc(x);
				y = x - flg;
				p = y * (SC + y * polyvalS(y));
				q = RC + y * polyvalR(y);
				r = .5 * y + p / q;
				z = 1;
				switch (flg) {
					case 7: z *= y + 6;
					case 6: z *= y + 5;
					case 5: z *= y + 4;
					case 4: z *= y + 3;
					case 3:
						z *= y + 2;
						r += ln(z);
				}
			} else if (x < TWO56) {
				t = ln(x);
				z = 1 / x;
				y = z * z;
				w = WC + z * polyvalW(y);
				r = (x - .5) * (t - 1) + w;
			} else {
				r = x * (ln(x) - 1);
			}
			if (isNegative) {
				r = nadj - r;
			}
			return r;
		}
		module.exports = gammaln;
	}),
	9303: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .06735230105312927;
			}
			return .06735230105312927 + x * (.007385550860814029 + x * (.0011927076318336207 + x * (.00022086279071390839 + x * 25214456545125733e-21)));
		}
		module.exports = evalpoly;
	}),
	5690: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .020580808432516733;
			}
			return .020580808432516733 + x * (.0028905138367341563 + x * (.0005100697921535113 + x * (.00010801156724758394 + x * 44864094961891516e-21)));
		}
		module.exports = evalpoly;
	}),
	1271: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return 1.3920053346762105;
			}
			return 1.3920053346762105 + x * (.7219355475671381 + x * (.17193386563280308 + x * (.01864591917156529 + x * (.0007779424963818936 + x * 7326684307446256e-21))));
		}
		module.exports = evalpoly;
	}),
	7120: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .21498241596060885;
			}
			return .21498241596060885 + x * (.325778796408931 + x * (.14635047265246445 + x * (.02664227030336386 + x * (.0018402845140733772 + x * 3194753265841009e-20))));
		}
		module.exports = evalpoly;
	}),
	2778: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.032788541075985965;
			}
			return -.032788541075985965 + x * (.006100538702462913 + x * (-.0014034646998923284 + x * .00031563207090362595));
		}
		module.exports = evalpoly;
	}),
	6503: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .01797067508118204;
			}
			return .01797067508118204 + x * (-.0036845201678113826 + x * (.000881081882437654 + x * -.00031275416837512086));
		}
		module.exports = evalpoly;
	}),
	2352: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -.010314224129834144;
			}
			return -.010314224129834144 + x * (.0022596478090061247 + x * (-.0005385953053567405 + x * .0003355291926355191));
		}
		module.exports = evalpoly;
	}),
	7942: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .6328270640250934;
			}
			return .6328270640250934 + x * (1.4549225013723477 + x * (.9777175279633727 + x * (.22896372806469245 + x * .013381091853678766)));
		}
		module.exports = evalpoly;
	}),
	5059: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return 2.4559779371304113;
			}
			return 2.4559779371304113 + x * (2.128489763798934 + x * (.7692851504566728 + x * (.10422264559336913 + x * .003217092422824239)));
		}
		module.exports = evalpoly;
	}),
	9596: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .08333333333333297;
			}
			return .08333333333333297 + x * (-.0027777777772877554 + x * (.0007936505586430196 + x * (-.00059518755745034 + x * (.0008363399189962821 + x * -.0016309293409657527))));
		}
		module.exports = evalpoly;
	}),
	512: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function gcd(a, b) {
			var k = 1;
			var t;
			if (a === 0) {
				return b;
			}
			if (b === 0) {
				return a;
			}
			while (a % 2 === 0 && b % 2 === 0) {
				a /= 2;
				b /= 2;
				k *= 2;
			}
			while (a % 2 === 0) {
				a /= 2;
			}
			while (b) {
				while (b % 2 === 0) {
					b /= 2;
				}
				if (a > b) {
					t = b;
					b = a;
					a = t;
				}
				b -= a;
			}
			return k * a;
		}
		module.exports = gcd;
	}),
	9216: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function gcd(a, b) {
			var k = 0;
			var t;
			if (a === 0) {
				return b;
			}
			if (b === 0) {
				return a;
			}
			while ((a & 1) === 0 && (b & 1) === 0) {
				a >>>= 1;
				b >>>= 1;
				k += 1;
			}
			while ((a & 1) === 0) {
				a >>>= 1;
			}
			while (b) {
				while ((b & 1) === 0) {
					b >>>= 1;
				}
				if (a > b) {
					t = b;
					b = a;
					a = t;
				}
				b -= a;
			}
			return a << k;
		}
		module.exports = gcd;
	}),
	4370: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(1413);
		module.exports = main;
	}),
	1413: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isnan = __nccwpck_require__(6523);
		var isInteger = __nccwpck_require__(2804);
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var INT32_MAX = __nccwpck_require__(3960);
		var bitwise = __nccwpck_require__(9216);
		var largeIntegers = __nccwpck_require__(512);
		function gcd(a, b) {
			if (isnan(a) || isnan(b)) {
				return NaN;
			}
			if (a === PINF || b === PINF || a === NINF || b === NINF) {
				return NaN;
			}
			if (!(isInteger(a) && isInteger(b))) {
				return NaN;
			}
			if (a < 0) {
				a = -a;
			}
			if (b < 0) {
				b = -b;
			}
			if (a <= INT32_MAX && b <= INT32_MAX) {
				return bitwise(a, b);
			}
			return largeIntegers(a, b);
		}
		module.exports = gcd;
	}),
	9061: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var expm1 = __nccwpck_require__(141);
		var floor = __nccwpck_require__(2334);
		var log1p = __nccwpck_require__(7260);
		var asin = __nccwpck_require__(9827);
		var beta = __nccwpck_require__(1354);
		var sqrt = __nccwpck_require__(5478);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var max = __nccwpck_require__(2974);
		var min = __nccwpck_require__(8008);
		var MAX_FLOAT64 = __nccwpck_require__(3424);
		var MIN_FLOAT64 = __nccwpck_require__(5417);
		var MAX_INT32 = __nccwpck_require__(3960);
		var HALF_PI = __nccwpck_require__(7934);
		var PI = __nccwpck_require__(9701);
		var betaSmallBLargeASeries = __nccwpck_require__(1471);
		var risingFactorialRatio = __nccwpck_require__(1402);
		var ibetaPowerTerms = __nccwpck_require__(6005);
		var ibetaFraction2 = __nccwpck_require__(2148);
		var binomialCCDF = __nccwpck_require__(7531);
		var ibetaAStep = __nccwpck_require__(9140);
		var ibetaSeries = __nccwpck_require__(6203);
		var ONE_OVER_PI = 1 / PI;
		function ibetaImp(x, a, b, regularized, upper, out, stride, offset) {
			var lambda;
			var prefix;
			var fract;
			var bbar;
			var div;
			var tmp;
			var i0;
			var i1;
			var k;
			var n;
			var p;
			var y;
			y = 1 - x;
			i0 = offset;
			i1 = offset + stride;
			out[i1] = -1;
			if (isnan(x) || x < 0 || x > 1) {
				out[i0] = NaN;
				out[i1] = NaN;
				return out;
			}
			if (regularized) {
				if (a < 0 || b < 0) {
					out[i0] = NaN;
					out[i1] = NaN;
					return out;
				}
				if (a === 0) {
					if (b === 0) {
						out[i0] = NaN;
						out[i1] = NaN;
						return out;
					}
					if (b > 0) {
						out[i0] = upper ? 0 : 1;
						return out;
					}
				} else if (b === 0) {
					if (a > 0) {
						out[i0] = upper ? 1 : 0;
						return out;
					}
				}
			} else if (a <= 0 || b <= 0) {
				out[i0] = NaN;
				out[i1] = NaN;
				return out;
			}
			if (x === 0) {
				if (a === 1) {
					out[i1] = 1;
				} else {
					out[i1] = a < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
				}
				if (upper) {
					out[i0] = regularized ? 1 : beta(a, b);
					return out;
				}
				out[i0] = 0;
				return out;
			}
			if (x === 1) {
				if (b === 1) {
					out[i1] = 1;
				} else {
					out[i1] = b < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
				}
				if (upper) {
					out[i0] = 0;
				} else {
					out[i0] = regularized ? 1 : beta(a, b);
				}
				return out;
			}
			if (a === .5 && b === .5) {
				out[i1] = ONE_OVER_PI * sqrt(y * x);
				p = upper ? asin(sqrt(y)) : asin(sqrt(x));
				p /= HALF_PI;
				if (!regularized) {
					p *= PI;
				}
				out[i0] = p;
				return out;
			}
			if (a === 1) {
				tmp = b;
				b = a;
				a = tmp;
				tmp = y;
				y = x;
				x = tmp;
				upper = !upper;
			}
			if (b === 1) {
				if (a === 1) {
					out[i0] = upper ? y : x;
					out[i1] = 1;
					return out;
				}
				out[i1] = a * pow(x, a - 1);
				if (y < .5) {
					p = upper ? -expm1(a * log1p(-y)) : exp(a * log1p(-y));
				} else {
					p = upper ? -(pow(x, a) - 1) : pow(x, a);
				}
				if (!regularized) {
					p /= a;
				}
				out[i0] = p;
				return out;
			}
			if (min(a, b) <= 1) {
				if (x > .5) {
					tmp = b;
					b = a;
					a = tmp;
					tmp = y;
					y = x;
					x = tmp;
					upper = !upper;
				}
				if (max(a, b) <= 1) {
					if (a >= min(.2, b) || pow(x, a) <= .9) {
						if (upper) {
							fract = -(regularized ? 1 : beta(a, b));
							upper = false;
							fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
						} else {
							fract = ibetaSeries(a, b, x, 0, regularized, out, y);
						}
					} else {
						tmp = b;
						b = a;
						a = tmp;
						tmp = y;
						y = x;
						x = tmp;
						upper = !upper;
						if (y >= .3) {
							if (upper) {
								fract = -(regularized ? 1 : beta(a, b));
								upper = false;
								fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
							} else {
								fract = ibetaSeries(a, b, x, 0, regularized, out, y);
							}
						} else {
							if (regularized) {
								prefix = 1;
							} else {
								prefix = risingFactorialRatio(a + b, a, 20);
							}
							fract = ibetaAStep(a, b, x, y, 20, regularized, out);
							if (upper) {
								fract -= regularized ? 1 : beta(a, b);
								upper = false;
								fract = -betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
							} else {
								fract = betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
							}
						}
					}
				} else if (b <= 1 || x < .1 && pow(b * x, a) <= .7) {
					if (upper) {
						fract = -(regularized ? 1 : beta(a, b));
						upper = false;
						fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
					} else {
						fract = ibetaSeries(a, b, x, 0, regularized, out, y);
					}
				} else {
					tmp = b;
					b = a;
					a = tmp;
					tmp = y;
					y = x;
					x = tmp;
					upper = !upper;
					if (y >= .3) {
						if (upper) {
							fract = -(regularized ? 1 : beta(a, b));
							upper = false;
							fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
						} else {
							fract = ibetaSeries(a, b, x, 0, regularized, out, y);
						}
					} else if (a >= 15) {
						if (upper) {
							fract = -(regularized ? 1 : beta(a, b));
							upper = false;
							fract = -betaSmallBLargeASeries(a, b, x, y, fract, 1, regularized);
						} else {
							fract = betaSmallBLargeASeries(a, b, x, y, 0, 1, regularized);
						}
					} else {
						if (regularized) {
							prefix = 1;
						} else {
							prefix = risingFactorialRatio(a + b, a, 20);
						}
						fract = ibetaAStep(a, b, x, y, 20, regularized, out);
						if (upper) {
							fract -= regularized ? 1 : beta(a, b);
							upper = false;
							fract = -betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
						} else {
							fract = betaSmallBLargeASeries(a + 20, b, x, y, fract, prefix, regularized);
						}
					}
				}
			} else {
				if (a < b) {
					lambda = a - (a + b) * x;
				} else {
					lambda = (a + b) * y - b;
				}
				if (lambda < 0) {
					tmp = b;
					b = a;
					a = tmp;
					tmp = y;
					y = x;
					x = tmp;
					upper = !upper;
				}
				if (b < 40) {
					if (floor(a) === a && floor(b) === b && a < MAX_INT32 - 100) {
						k = a - 1;
						n = b + k;
						fract = binomialCCDF(n, k, x, y);
						if (!regularized) {
							fract *= beta(a, b);
						}
					} else if (b * x <= .7) {
						if (upper) {
							fract = -(regularized ? 1 : beta(a, b));
							upper = false;
							fract = -ibetaSeries(a, b, x, fract, regularized, out, y);
						} else {
							fract = ibetaSeries(a, b, x, 0, regularized, out, y);
						}
					} else if (a > 15) {
						n = floor(b);
						if (n === b) {
							n -= 1;
						}
						bbar = b - n;
						if (regularized) {
							prefix = 1;
						} else {
							prefix = risingFactorialRatio(a + bbar, bbar, n);
						}
						fract = ibetaAStep(bbar, a, y, x, n, regularized);
						fract = betaSmallBLargeASeries(a, bbar, x, y, fract, 1, regularized);
						fract /= prefix;
					} else if (regularized) {
						n = floor(b);
						bbar = b - n;
						if (bbar <= 0) {
							n -= 1;
							bbar += 1;
						}
						fract = ibetaAStep(bbar, a, y, x, n, regularized);
						fract += ibetaAStep(a, bbar, x, y, 20, regularized);
						if (upper) {
							fract -= 1;
						}
						fract = betaSmallBLargeASeries(a + 20, bbar, x, y, fract, 1, regularized);
						if (upper) {
							fract = -fract;
							upper = false;
						}
					} else {
						fract = ibetaFraction2(a, b, x, y, regularized, out);
					}
				} else {
					fract = ibetaFraction2(a, b, x, y, regularized, out);
				}
			}
			if (out[i1] < 0) {
				out[i1] = ibetaPowerTerms(a, b, x, y, true);
			}
			div = y * x;
			if (out[i1] !== 0) {
				if (MAX_FLOAT64 * div < out[i1]) {
					out[i1] = MAX_FLOAT64 / 2;
				} else {
					out[i1] /= div;
				}
			}
			out[i0] = upper ? (regularized ? 1 : beta(a, b)) - fract : fract;
			return out;
		}
		module.exports = ibetaImp;
	}),
	1471: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var gammaDeltaRatio = __nccwpck_require__(4320);
		var factorial = __nccwpck_require__(9119);
		var gammainc = __nccwpck_require__(5479);
		var log1p = __nccwpck_require__(7260);
		var abs = __nccwpck_require__(6260);
		var pow = __nccwpck_require__(6310);
		var ln = __nccwpck_require__(1550);
		var MIN_VALUE = __nccwpck_require__(5417);
		var EPSILON = __nccwpck_require__(5088);
		var fullIGammaPrefix = __nccwpck_require__(7499);
		var regularizedGammaPrefix = __nccwpck_require__(4141);
		var p = new Array(30);
		function betaSmallBLargeASeries(a, b, x, y, s0, mult, normalized) {
			var prefix;
			var tmp1;
			var tnp1;
			var sum;
			var b2n;
			var bm1;
			var lx2;
			var lxp;
			var mbn;
			var lx;
			var t4;
			var h;
			var j;
			var m;
			var n;
			var r;
			var t;
			var u;
			bm1 = b - 1;
			t = a + bm1 / 2;
			if (y < .35) {
				lx = log1p(-y);
			} else {
				lx = ln(x);
			}
			u = -t * lx;
			h = regularizedGammaPrefix(b, u);
			if (h <= MIN_VALUE) {
				return s0;
			}
			if (normalized) {
				prefix = h / gammaDeltaRatio(a, b);
				prefix /= pow(t, b);
			} else {
				prefix = fullIGammaPrefix(b, u) / pow(t, b);
			}
			prefix *= mult;
			p[0] = 1;
			j = gammainc(u, b, true, true);
			j /= h;
			sum = s0 + prefix * j;
			tnp1 = 1;
			lx2 = lx / 2;
			lx2 *= lx2;
			lxp = 1;
			t4 = 4 * t * t;
			b2n = b;
			for (n = 1; n < p.length; ++n) {
				tnp1 += 2;
				p[n] = 0;
				mbn = b - n;
				tmp1 = 3;
				for (m = 1; m < n; ++m) {
					mbn = m * b - n;
					p[n] += mbn * p[n - m] / factorial(tmp1);
					tmp1 += 2;
				}
				p[n] /= n;
				p[n] += bm1 / factorial(tnp1);
				j = (b2n * (b2n + 1) * j + (u + b2n + 1) * lxp) / t4;
				lxp *= lx2;
				b2n += 2;
				r = prefix * p[n] * j;
				sum += r;
				if (r > 1) {
					if (abs(r) < abs(EPSILON * sum)) {
						break;
					}
				} else if (abs(r / EPSILON) < abs(sum)) {
					break;
				}
			}
			return sum;
		}
		module.exports = betaSmallBLargeASeries;
	}),
	7531: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var binomcoef = __nccwpck_require__(7548);
		var floor = __nccwpck_require__(2334);
		var pow = __nccwpck_require__(6310);
		var MIN_VALUE = __nccwpck_require__(5417);
		function binomialCCDF(n, k, x, y) {
			var startTerm;
			var result;
			var start;
			var term;
			var i;
			result = pow(x, n);
			if (result > MIN_VALUE) {
				term = result;
				for (i = floor(n - 1); i > k; i--) {
					term *= (i + 1) * y / ((n - i) * x);
					result += term;
				}
			} else {
				start = floor(n * x);
				if (start <= k + 1) {
					start = floor(k + 2);
				}
				result = pow(x, start) * pow(y, n - start);
				result *= binomcoef(floor(n), floor(start));
				if (result === 0) {
					for (i = start - 1; i > k; i--) {
						result += pow(x, i) * pow(y, n - i);
						result *= binomcoef(floor(n), floor(i));
					}
				} else {
					term = result;
					startTerm = result;
					for (i = start - 1; i > k; i--) {
						term *= (i + 1) * y / ((n - i) * x);
						result += term;
					}
					term = startTerm;
					for (i = start + 1; i <= n; i++) {
						term *= (n - i + 1) * x / (i * y);
						result += term;
					}
				}
			}
			return result;
		}
		module.exports = binomialCCDF;
	}),
	7499: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		* (C) Copyright Paul A. Bristow 2007.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var ln = __nccwpck_require__(1550);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		function fullIGammaPrefix(a, z) {
			var prefix;
			var alz;
			alz = a * ln(z);
			if (z >= 1) {
				if (alz < MAX_LN && -z > MIN_LN) {
					prefix = pow(z, a) * exp(-z);
				} else if (a >= 1) {
					prefix = pow(z / exp(z / a), a);
				} else {
					prefix = exp(alz - z);
				}
			} else if (alz > MIN_LN) {
				prefix = pow(z, a) * exp(-z);
			} else if (z / a < MAX_LN) {
				prefix = pow(z / exp(z / a), a);
			} else {
				prefix = exp(alz - z);
			}
			return prefix;
		}
		module.exports = fullIGammaPrefix;
	}),
	9140: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var ibetaPowerTerms = __nccwpck_require__(6005);
		function ibetaAStep(a, b, x, y, k, normalized, out) {
			var prefix;
			var term;
			var sum;
			var i;
			prefix = ibetaPowerTerms(a, b, x, y, normalized);
			if (out) {
				out[1] = prefix;
			}
			prefix /= a;
			if (prefix === 0) {
				return prefix;
			}
			sum = 1;
			term = 1;
			for (i = 0; i < k - 1; ++i) {
				term *= (a + b + i) * x / (a + i + 1);
				sum += term;
			}
			prefix *= sum;
			return prefix;
		}
		module.exports = ibetaAStep;
	}),
	2148: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var continuedFraction = __nccwpck_require__(508);
		var ibetaPowerTerms = __nccwpck_require__(6005);
		var OPTS = {
			"keep": true,
			"maxIter": 1e3
		};
		function ibetaFraction2t(a, b, x, y) {
			var m = 0;
			return next;
			function next() {
				var denom;
				var aN;
				var bN;
				aN = (a + m - 1) * (a + b + m - 1) * m * (b - m) * x * x;
				denom = a + 2 * m - 1;
				aN /= denom * denom;
				bN = m;
				bN += m * (b - m) * x / (a + 2 * m - 1);
				bN += (a + m) * (a * y - b * x + 1 + m * (2 - x)) / (a + 2 * m + 1);
				m += 1;
				return [aN, bN];
			}
		}
		function ibetaFraction2(a, b, x, y, normalized, out) {
			var result;
			var fract;
			var f;
			result = ibetaPowerTerms(a, b, x, y, normalized);
			if (out) {
				out[1] = result;
			}
			if (result === 0) {
				return result;
			}
			f = ibetaFraction2t(a, b, x, y);
			fract = continuedFraction(f, OPTS);
			return result / fract;
		}
		module.exports = ibetaFraction2;
	}),
	6005: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var lanczosSumExpGScaled = __nccwpck_require__(2638);
		var maxabs = __nccwpck_require__(9594);
		var minabs = __nccwpck_require__(9912);
		var expm1 = __nccwpck_require__(141);
		var log1p = __nccwpck_require__(7260);
		var sqrt = __nccwpck_require__(5478);
		var abs = __nccwpck_require__(6260);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var min = __nccwpck_require__(8008);
		var ln = __nccwpck_require__(1550);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		var G = __nccwpck_require__(3822);
		var E = __nccwpck_require__(45);
		function ibetaPowerTerms(a, b, x, y, normalized) {
			var result;
			var smallA;
			var ratio;
			var agh;
			var bgh;
			var cgh;
			var l1;
			var l2;
			var l3;
			var p1;
			var b1;
			var b2;
			var c;
			var l;
			if (!normalized) {
				return pow(x, a) * pow(y, b);
			}
			c = a + b;
			agh = a + G - .5;
			bgh = b + G - .5;
			cgh = c + G - .5;
			result = lanczosSumExpGScaled(c);
			result /= lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b);
			result *= sqrt(bgh / E);
			result *= sqrt(agh / cgh);
			l1 = (x * b - y * agh) / agh;
			l2 = (y * a - x * bgh) / bgh;
			if (minabs(l1, l2) < .2) {
				if (l1 * l2 > 0 || min(a, b) < 1) {
					if (abs(l1) < .1) {
						result *= exp(a * log1p(l1));
					} else {
						result *= pow(x * cgh / agh, a);
					}
					if (abs(l2) < .1) {
						result *= exp(b * log1p(l2));
					} else {
						result *= pow(y * cgh / bgh, b);
					}
				} else if (maxabs(l1, l2) < .5) {
					smallA = a < b;
					ratio = b / a;
					if (smallA && ratio * l2 < .1 || !smallA && l1 / ratio > .1) {
						l3 = expm1(ratio * log1p(l2));
						l3 = l1 + l3 + l3 * l1;
						l3 = a * log1p(l3);
						result *= exp(l3);
					} else {
						l3 = expm1(log1p(l1) / ratio);
						l3 = l2 + l3 + l3 * l2;
						l3 = b * log1p(l3);
						result *= exp(l3);
					}
				} else if (abs(l1) < abs(l2)) {
					l = a * log1p(l1) + b * ln(y * cgh / bgh);
					if (l <= MIN_LN || l >= MAX_LN) {
						l += ln(result);
						if (l >= MAX_LN) {
							return NaN;
						}
						result = exp(l);
					} else {
						result *= exp(l);
					}
				} else {
					l = b * log1p(l2) + a * ln(x * cgh / agh);
					if (l <= MIN_LN || l >= MAX_LN) {
						l += ln(result);
						if (l >= MAX_LN) {
							return NaN;
						}
						result = exp(l);
					} else {
						result *= exp(l);
					}
				}
			} else {
				b1 = x * cgh / agh;
				b2 = y * cgh / bgh;
				l1 = a * ln(b1);
				l2 = b * ln(b2);
				if (l1 >= MAX_LN || l1 <= MIN_LN || l2 >= MAX_LN || l2 <= MIN_LN) {
					if (a < b) {
						p1 = pow(b2, b / a);
						l3 = a * (ln(b1) + ln(p1));
						if (l3 < MAX_LN && l3 > MIN_LN) {
							result *= pow(p1 * b1, a);
						} else {
							l2 += l1 + ln(result);
							if (l2 >= MAX_LN) {
								return NaN;
							}
							result = exp(l2);
						}
					} else {
						p1 = pow(b1, a / b);
						l3 = (ln(p1) + ln(b2)) * b;
						if (l3 < MAX_LN && l3 > MIN_LN) {
							result *= pow(p1 * b2, b);
						} else {
							l2 += l1 + ln(result);
							if (l2 >= MAX_LN) {
								return NaN;
							}
							result = exp(l2);
						}
					}
				} else {
					result *= pow(b1, a) * pow(b2, b);
				}
			}
			return result;
		}
		module.exports = ibetaPowerTerms;
	}),
	6203: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var lanczosSumExpGScaled = __nccwpck_require__(2638);
		var sumSeries = __nccwpck_require__(6491);
		var log1p = __nccwpck_require__(7260);
		var sqrt = __nccwpck_require__(5478);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var ln = __nccwpck_require__(1550);
		var MIN_VALUE = __nccwpck_require__(5417);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		var G = __nccwpck_require__(3822);
		var E = __nccwpck_require__(45);
		var opts = { "maxTerms": 100 };
		function ibetaSeriesT(a, b, x, result) {
			var poch = 1 - b;
			var n = 1;
			return next;
			function next() {
				var r = result / a;
				a += 1;
				result *= poch * x / n;
				n += 1;
				poch += 1;
				return r;
			}
		}
		function ibetaSeries(a, b, x, s0, normalized, out, y) {
			var result;
			var agh;
			var bgh;
			var cgh;
			var l1;
			var l2;
			var c;
			var s;
			if (normalized) {
				c = a + b;
				agh = a + G - .5;
				bgh = b + G - .5;
				cgh = c + G - .5;
				result = lanczosSumExpGScaled(c) / (lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b));
				l1 = ln(cgh / bgh) * (b - .5);
				l2 = ln(x * cgh / agh) * a;
				if (l1 > MIN_LN && l1 < MAX_LN && l2 > MIN_LN && l2 < MAX_LN) {
					if (a * b < bgh * 10) {
						result *= exp((b - .5) * log1p(a / bgh));
					} else {
						result *= pow(cgh / bgh, b - .5);
					}
					result *= pow(x * cgh / agh, a);
					result *= sqrt(agh / E);
					if (out) {
						out[1] = result * pow(y, b);
					}
				} else {
					result = ln(result) + l1 + l2 + (ln(agh) - 1) / 2;
					if (out) {
						out[1] = exp(result + b * ln(y));
					}
					result = exp(result);
				}
			} else {
				result = pow(x, a);
			}
			if (result < MIN_VALUE) {
				return s0;
			}
			s = ibetaSeriesT(a, b, x, result);
			opts.initialValue = s0;
			return sumSeries(s, opts);
		}
		module.exports = ibetaSeries;
	}),
	9818: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var setReadOnly = __nccwpck_require__(4568);
		var main = __nccwpck_require__(4573);
		var assign = __nccwpck_require__(9061);
		setReadOnly(main, "assign", assign);
		module.exports = main;
	}),
	4573: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var compute = __nccwpck_require__(9061);
		function kernelBetainc(x, a, b, regularized, upper) {
			return compute(x, a, b, regularized, upper, [0, 0], 1, 0);
		}
		module.exports = kernelBetainc;
	}),
	4141: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* Copyright John Maddock 2006-7, 2013-14.
		* Copyright Paul A. Bristow 2007, 2013-14.
		* Copyright Nikhar Agrawal 2013-14.
		* Copyright Christopher Kormanyos 2013-14.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var lanczosSumExpGScaled = __nccwpck_require__(2638);
		var gammaln = __nccwpck_require__(7711);
		var gamma = __nccwpck_require__(905);
		var log1p = __nccwpck_require__(7260);
		var sqrt = __nccwpck_require__(5478);
		var abs = __nccwpck_require__(6260);
		var exp = __nccwpck_require__(1851);
		var pow = __nccwpck_require__(6310);
		var max = __nccwpck_require__(2974);
		var min = __nccwpck_require__(8008);
		var ln = __nccwpck_require__(1550);
		var MAX_LN = __nccwpck_require__(4193);
		var MIN_LN = __nccwpck_require__(7999);
		var G = __nccwpck_require__(3822);
		var E = __nccwpck_require__(45);
		function regularizedGammaPrefix(a, z) {
			var prefix;
			var amza;
			var agh;
			var alz;
			var amz;
			var sq;
			var d;
			agh = a + G - .5;
			d = (z - a - G + .5) / agh;
			if (a < 1) {
				if (z <= MIN_LN) {
					return exp(a * ln(z) - z - gammaln(a));
				}
				return pow(z, a) * exp(-z) / gamma(a);
			}
			if (abs(d * d * a) <= 100 && a > 150) {
				prefix = a * (log1p(d) - d) + z * (.5 - G) / agh;
				prefix = exp(prefix);
			} else {
				alz = a * ln(z / agh);
				amz = a - z;
				if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
					amza = amz / a;
					if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
						sq = pow(z / agh, a / 2) * exp(amz / 2);
						prefix = sq * sq;
					} else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z > a) {
						sq = pow(z / agh, a / 4) * exp(amz / 4);
						prefix = sq * sq;
						prefix *= prefix;
					} else if (amza > MIN_LN && amza < MAX_LN) {
						prefix = pow(z * exp(amza) / agh, a);
					} else {
						prefix = exp(alz + amz);
					}
				} else {
					prefix = pow(z / agh, a) * exp(amz);
				}
			}
			prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
			return prefix;
		}
		module.exports = regularizedGammaPrefix;
	}),
	1402: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		function risingFactorialRatio(a, b, k) {
			var result;
			var i;
			if (k === 0) {
				return 1;
			}
			result = 1;
			for (i = 0; i < k; i++) {
				result *= (a + i) / (b + i);
			}
			return result;
		}
		module.exports = risingFactorialRatio;
	}),
	1567: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4010);
		module.exports = main;
	}),
	4010: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var polyval13 = __nccwpck_require__(5732);
		var polyval46 = __nccwpck_require__(3242);
		function kernelCos(x, y) {
			var hz;
			var r;
			var w;
			var z;
			z = x * x;
			w = z * z;
			r = z * polyval13(z);
			r += w * w * polyval46(z);
			hz = .5 * z;
			w = 1 - hz;
			return w + (1 - w - hz + (z * r - x * y));
		}
		module.exports = kernelCos;
	}),
	5732: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .0416666666666666;
			}
			return .0416666666666666 + x * (-.001388888888887411 + x * 2480158728947673e-20);
		}
		module.exports = evalpoly;
	}),
	3242: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return -2.7557314351390663e-7;
			}
			return -2.7557314351390663e-7 + x * (2.087572321298175e-9 + x * -11359647557788195e-27);
		}
		module.exports = evalpoly;
	}),
	186: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7485);
		module.exports = main;
	}),
	7485: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var S1 = -.16666666666666632;
		var S2 = .00833333333332249;
		var S3 = -.0001984126982985795;
		var S4 = 27557313707070068e-22;
		var S5 = -2.5050760253406863e-8;
		var S6 = 158969099521155e-24;
		function kernelSin(x, y) {
			var r;
			var v;
			var w;
			var z;
			z = x * x;
			w = z * z;
			r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
			v = z * x;
			if (y === 0) {
				return x + v * (S1 + z * r);
			}
			return x - (z * (.5 * y - v * r) - y - v * S1);
		}
		module.exports = kernelSin;
	}),
	3291: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3078);
		module.exports = main;
	}),
	3078: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var BIAS = __nccwpck_require__(1877);
		var MAX_EXPONENT = __nccwpck_require__(6276);
		var MAX_SUBNORMAL_EXPONENT = __nccwpck_require__(2656);
		var MIN_SUBNORMAL_EXPONENT = __nccwpck_require__(4862);
		var isnan = __nccwpck_require__(6523);
		var isInfinite = __nccwpck_require__(7234);
		var copysign = __nccwpck_require__(910);
		var normalize = __nccwpck_require__(9335).assign;
		var floatExp = __nccwpck_require__(6075);
		var toWords = __nccwpck_require__(7949);
		var fromWords = __nccwpck_require__(7844);
		var TWO52_INV = 2220446049250313e-31;
		var CLEAR_EXP_MASK = 2148532223 >>> 0;
		var FRAC = [0, 0];
		var WORDS = [0, 0];
		function ldexp(frac, exp) {
			var high;
			var m;
			if (exp === 0 || frac === 0 || isnan(frac) || isInfinite(frac)) {
				return frac;
			}
			normalize(frac, FRAC, 1, 0);
			frac = FRAC[0];
			exp += FRAC[1];
			exp += floatExp(frac);
			if (exp < MIN_SUBNORMAL_EXPONENT) {
				return copysign(0, frac);
			}
			if (exp > MAX_EXPONENT) {
				if (frac < 0) {
					return NINF;
				}
				return PINF;
			}
			if (exp <= MAX_SUBNORMAL_EXPONENT) {
				exp += 52;
				m = TWO52_INV;
			} else {
				m = 1;
			}
			toWords.assign(frac, WORDS, 1, 0);
			high = WORDS[0];
			high &= CLEAR_EXP_MASK;
			high |= exp + BIAS << 20;
			return m * fromWords(high, WORDS[1]);
		}
		module.exports = ldexp;
	}),
	1550: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(5553);
		module.exports = main;
	}),
	5553: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var getHighWord = __nccwpck_require__(2882);
		var setHighWord = __nccwpck_require__(5990);
		var isnan = __nccwpck_require__(6523);
		var BIAS = __nccwpck_require__(1877);
		var NINF = __nccwpck_require__(1475);
		var polyvalP = __nccwpck_require__(6488);
		var polyvalQ = __nccwpck_require__(1103);
		var LN2_HI = .6931471803691238;
		var LN2_LO = 19082149292705877e-26;
		var TWO54 = 0x40000000000000;
		var ONE_THIRD = .3333333333333333;
		var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
		var HIGH_MAX_NORMAL_EXP = 2146435072 | 0;
		var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
		var HIGH_BIASED_EXP_0 = 1072693248 | 0;
		function ln(x) {
			var hfsq;
			var hx;
			var t2;
			var t1;
			var k;
			var R;
			var f;
			var i;
			var j;
			var s;
			var w;
			var z;
			if (x === 0) {
				return NINF;
			}
			if (isnan(x) || x < 0) {
				return NaN;
			}
			hx = getHighWord(x);
			k = 0 | 0;
			if (hx < HIGH_MIN_NORMAL_EXP) {
				k -= 54 | 0;
				x *= TWO54;
				hx = getHighWord(x);
			}
			if (hx >= HIGH_MAX_NORMAL_EXP) {
				return x + x;
			}
			k += (hx >> 20) - BIAS | 0;
			hx &= HIGH_SIGNIFICAND_MASK;
			i = hx + 614244 & 1048576 | 0;
			x = setHighWord(x, hx | i ^ HIGH_BIASED_EXP_0);
			k += i >> 20 | 0;
			f = x - 1;
			if ((HIGH_SIGNIFICAND_MASK & 2 + hx) < 3) {
				if (f === 0) {
					if (k === 0) {
						return 0;
					}
					return k * LN2_HI + k * LN2_LO;
				}
				R = f * f * (.5 - ONE_THIRD * f);
				if (k === 0) {
					return f - R;
				}
				return k * LN2_HI - (R - k * LN2_LO - f);
			}
			s = f / (2 + f);
			z = s * s;
			i = hx - 398458 | 0;
			w = z * z;
			j = 440401 - hx | 0;
			t1 = w * polyvalP(w);
			t2 = z * polyvalQ(w);
			i |= j;
			R = t2 + t1;
			if (i > 0) {
				hfsq = .5 * f * f;
				if (k === 0) {
					return f - (hfsq - s * (hfsq + R));
				}
				return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
			}
			if (k === 0) {
				return f - s * (f - R);
			}
			return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
		}
		module.exports = ln;
	}),
	6488: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .3999999999940942;
			}
			return .3999999999940942 + x * (.22222198432149784 + x * .15313837699209373);
		}
		module.exports = evalpoly;
	}),
	1103: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .6666666666666735;
			}
			return .6666666666666735 + x * (.2857142874366239 + x * (.1818357216161805 + x * .14798198605116586));
		}
		module.exports = evalpoly;
	}),
	7260: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var log1p = __nccwpck_require__(7306);
		module.exports = log1p;
	}),
	7306: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var getHighWord = __nccwpck_require__(2882);
		var setHighWord = __nccwpck_require__(5990);
		var PINF = __nccwpck_require__(469);
		var NINF = __nccwpck_require__(1475);
		var FLOAT64_EXPONENT_BIAS = __nccwpck_require__(1877);
		var polyval = __nccwpck_require__(897);
		var LN2_HI = .6931471803691238;
		var LN2_LO = 19082149292705877e-26;
		var SQRT2M1 = .41421356237309503;
		var SQRT2HALFM1 = -.2928932188134525;
		var SMALL = 1.862645149230957e-9;
		var TINY = 5551115123125783e-32;
		var TWO53 = 9007199254740992;
		var TWO_THIRDS = .6666666666666666;
		function log1p(x) {
			var hfsq;
			var hu;
			var y;
			var f;
			var c;
			var s;
			var z;
			var R;
			var u;
			var k;
			if (x < -1 || isnan(x)) {
				return NaN;
			}
			if (x === -1) {
				return NINF;
			}
			if (x === PINF) {
				return x;
			}
			if (x === 0) {
				return x;
			}
			if (x < 0) {
				y = -x;
			} else {
				y = x;
			}
			k = 1;
			if (y < SQRT2M1) {
				if (y < SMALL) {
					if (y < TINY) {
						return x;
					}
					return x - x * x * .5;
				}
				if (x > SQRT2HALFM1) {
					k = 0;
					f = x;
					hu = 1;
				}
			}
			if (k !== 0) {
				if (y < TWO53) {
					u = 1 + x;
					hu = getHighWord(u);
					k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
					if (k > 0) {
						c = 1 - (u - x);
					} else {
						c = x - (u - 1);
					}
					c /= u;
				} else {
					u = x;
					hu = getHighWord(u);
					k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
					c = 0;
				}
				hu &= 1048575;
				if (hu < 434334) {
					u = setHighWord(u, hu | 1072693248);
				} else {
					k += 1;
					u = setHighWord(u, hu | 1071644672);
					hu = 1048576 - hu >> 2;
				}
				f = u - 1;
			}
			hfsq = .5 * f * f;
			if (hu === 0) {
				if (f === 0) {
					c += k * LN2_LO;
					return k * LN2_HI + c;
				}
				R = hfsq * (1 - TWO_THIRDS * f);
				return k * LN2_HI - (R - (k * LN2_LO + c) - f);
			}
			s = f / (2 + f);
			z = s * s;
			R = z * polyval(z);
			if (k === 0) {
				return f - (hfsq - s * (hfsq + R));
			}
			return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
		}
		module.exports = log1p;
	}),
	897: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .6666666666666735;
			}
			return .6666666666666735 + x * (.3999999999940942 + x * (.2857142874366239 + x * (.22222198432149784 + x * (.1818357216161805 + x * (.15313837699209373 + x * .14798198605116586)))));
		}
		module.exports = evalpoly;
	}),
	5430: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2023 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var log1pmx = __nccwpck_require__(4473);
		module.exports = log1pmx;
	}),
	4781: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2023 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2005-2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		*/
		function log1pSeries(x) {
			var mMult = -x;
			var mProd = -1;
			var k = 0;
			return next;
			function next() {
				mProd *= mMult;
				k += 1;
				return mProd / k;
			}
		}
		module.exports = log1pSeries;
	}),
	4473: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2023 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2005-2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var abs = __nccwpck_require__(6260);
		var ln = __nccwpck_require__(1550);
		var FLOAT_EPS = __nccwpck_require__(5088);
		var sumSeries = __nccwpck_require__(6491);
		var log1pSeries = __nccwpck_require__(4781);
		function log1pmx(x) {
			var opts;
			var ax;
			if (x <= -1) {
				return NaN;
			}
			ax = abs(x);
			if (ax > .95) {
				return ln(1 + x) - x;
			}
			if (ax < FLOAT_EPS) {
				return -x * x / 2;
			}
			opts = { "initialValue": -x };
			return sumSeries(log1pSeries(x), opts);
		}
		module.exports = log1pmx;
	}),
	2974: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var max = __nccwpck_require__(8641);
		module.exports = max;
	}),
	8641: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isPositiveZero = __nccwpck_require__(866);
		var isnan = __nccwpck_require__(6523);
		var PINF = __nccwpck_require__(469);
		function max(x, y) {
			if (isnan(x) || isnan(y)) {
				return NaN;
			}
			if (x === PINF || y === PINF) {
				return PINF;
			}
			if (x === y && x === 0) {
				if (isPositiveZero(x)) {
					return x;
				}
				return y;
			}
			if (x > y) {
				return x;
			}
			return y;
		}
		module.exports = max;
	}),
	9594: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var maxabs = __nccwpck_require__(3757);
		module.exports = maxabs;
	}),
	3757: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var max = __nccwpck_require__(2974);
		function maxabs(x, y) {
			return max(abs(x), abs(y));
		}
		module.exports = maxabs;
	}),
	8008: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var min = __nccwpck_require__(9503);
		module.exports = min;
	}),
	9503: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isNegativeZero = __nccwpck_require__(3270);
		var isnan = __nccwpck_require__(6523);
		var NINF = __nccwpck_require__(1475);
		function min(x, y) {
			if (isnan(x) || isnan(y)) {
				return NaN;
			}
			if (x === NINF || y === NINF) {
				return NINF;
			}
			if (x === y && x === 0) {
				if (isNegativeZero(x)) {
					return x;
				}
				return y;
			}
			if (x < y) {
				return x;
			}
			return y;
		}
		module.exports = min;
	}),
	9912: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var minabs = __nccwpck_require__(431);
		module.exports = minabs;
	}),
	431: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var min = __nccwpck_require__(8008);
		function minabs(x, y) {
			return min(abs(x), abs(y));
		}
		module.exports = minabs;
	}),
	6310: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7609);
		module.exports = main;
	}),
	9905: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var getHighWord = __nccwpck_require__(2882);
		var setLowWord = __nccwpck_require__(3786);
		var setHighWord = __nccwpck_require__(5990);
		var BIAS = __nccwpck_require__(1877);
		var HIGH_NUM_SIGNIFICAND_BITS = __nccwpck_require__(1277);
		var polyvalL = __nccwpck_require__(3140);
		var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
		var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
		var HIGH_BIASED_EXP_0 = 1072693248 | 0;
		var HIGH_BIASED_EXP_NEG_512 = 536870912 | 0;
		var HIGH_SIGNIFICAND_HALF = 524288 | 0;
		var TWO53 = 9007199254740992;
		var CP = .9617966939259756;
		var CP_HI = .9617967009544373;
		var CP_LO = -7.028461650952758e-9;
		var BP = [1, 1.5];
		var DP_HI = [0, .5849624872207642];
		var DP_LO = [0, 1.350039202129749e-8];
		function log2ax(out, ax, ahx) {
			var tmp;
			var ss;
			var s2;
			var hs;
			var ls;
			var ht;
			var lt;
			var bp;
			var dp;
			var hp;
			var lp;
			var hz;
			var lz;
			var t1;
			var t2;
			var t;
			var r;
			var u;
			var v;
			var n;
			var j;
			var k;
			n = 0 | 0;
			if (ahx < HIGH_MIN_NORMAL_EXP) {
				ax *= TWO53;
				n -= 53 | 0;
				ahx = getHighWord(ax);
			}
			n += (ahx >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
			j = ahx & HIGH_SIGNIFICAND_MASK | 0;
			ahx = j | HIGH_BIASED_EXP_0 | 0;
			if (j <= 235662) {
				k = 0;
			} else if (j < 767610) {
				k = 1;
			} else {
				k = 0;
				n += 1 | 0;
				ahx -= HIGH_MIN_NORMAL_EXP;
			}
			ax = setHighWord(ax, ahx);
			bp = BP[k];
			u = ax - bp;
			v = 1 / (ax + bp);
			ss = u * v;
			hs = setLowWord(ss, 0);
			tmp = (ahx >> 1 | HIGH_BIASED_EXP_NEG_512) + HIGH_SIGNIFICAND_HALF;
			tmp += k << 18;
			ht = setHighWord(0, tmp);
			lt = ax - (ht - bp);
			ls = v * (u - hs * ht - hs * lt);
			s2 = ss * ss;
			r = s2 * s2 * polyvalL(s2);
			r += ls * (hs + ss);
			s2 = hs * hs;
			ht = 3 + s2 + r;
			ht = setLowWord(ht, 0);
			lt = r - (ht - 3 - s2);
			u = hs * ht;
			v = ls * ht + lt * ss;
			hp = u + v;
			hp = setLowWord(hp, 0);
			lp = v - (hp - u);
			hz = CP_HI * hp;
			lz = CP_LO * hp + lp * CP + DP_LO[k];
			dp = DP_HI[k];
			t = n;
			t1 = hz + lz + dp + t;
			t1 = setLowWord(t1, 0);
			t2 = lz - (t1 - t - dp - hz);
			out[0] = t1;
			out[1] = t2;
			return out;
		}
		module.exports = log2ax;
	}),
	3726: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var setLowWord = __nccwpck_require__(3786);
		var polyvalW = __nccwpck_require__(837);
		var INV_LN2 = 1.4426950408889634;
		var INV_LN2_HI = 1.4426950216293335;
		var INV_LN2_LO = 1.9259629911266175e-8;
		function logx(out, ax) {
			var t2;
			var t1;
			var t;
			var w;
			var u;
			var v;
			t = ax - 1;
			w = t * t * polyvalW(t);
			u = INV_LN2_HI * t;
			v = t * INV_LN2_LO - w * INV_LN2;
			t1 = u + v;
			t1 = setLowWord(t1, 0);
			t2 = v - (t1 - u);
			out[0] = t1;
			out[1] = t2;
			return out;
		}
		module.exports = logx;
	}),
	7609: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var isOdd = __nccwpck_require__(7687);
		var isInfinite = __nccwpck_require__(7234);
		var isInteger = __nccwpck_require__(2804);
		var sqrt = __nccwpck_require__(5478);
		var abs = __nccwpck_require__(6260);
		var toWords = __nccwpck_require__(7949);
		var setLowWord = __nccwpck_require__(3786);
		var uint32ToInt32 = __nccwpck_require__(6519);
		var NINF = __nccwpck_require__(1475);
		var PINF = __nccwpck_require__(469);
		var ABS_MASK = __nccwpck_require__(3935);
		var xIsZero = __nccwpck_require__(2122);
		var yIsHuge = __nccwpck_require__(888);
		var yIsInfinite = __nccwpck_require__(3355);
		var log2ax = __nccwpck_require__(9905);
		var logx = __nccwpck_require__(3726);
		var pow2 = __nccwpck_require__(5224);
		var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
		var HIGH_BIASED_EXP_31 = 1105199104 | 0;
		var HIGH_BIASED_EXP_64 = 1139802112 | 0;
		var HIGH_BIASED_EXP_10 = 1083179008 | 0;
		var HIGH_BIASED_EXP_0 = 1072693248 | 0;
		var HIGH_1075 = 1083231232 | 0;
		var HIGH_NEG_1075 = 3230714880 >>> 0;
		var HIGH_NUM_NONSIGN_BITS = 31 | 0;
		var HUGE = 1e300;
		var TINY = 1e-300;
		var OVT = 8008566259537294e-32;
		var WORDS = [0 | 0, 0 | 0];
		var LOG_WORKSPACE = [0, 0];
		function pow(x, y) {
			var ahx;
			var ahy;
			var ax;
			var hx;
			var lx;
			var hy;
			var ly;
			var sx;
			var sy;
			var y1;
			var hp;
			var lp;
			var t;
			var z;
			var j;
			var i;
			if (isnan(x) || isnan(y)) {
				return NaN;
			}
			toWords.assign(y, WORDS, 1, 0);
			hy = WORDS[0];
			ly = WORDS[1];
			if (ly === 0) {
				if (y === 0) {
					return 1;
				}
				if (y === 1) {
					return x;
				}
				if (y === -1) {
					return 1 / x;
				}
				if (y === .5) {
					return sqrt(x);
				}
				if (y === -.5) {
					return 1 / sqrt(x);
				}
				if (y === 2) {
					return x * x;
				}
				if (y === 3) {
					return x * x * x;
				}
				if (y === 4) {
					x *= x;
					return x * x;
				}
				if (isInfinite(y)) {
					return yIsInfinite(x, y);
				}
			}
			toWords.assign(x, WORDS, 1, 0);
			hx = WORDS[0];
			lx = WORDS[1];
			if (lx === 0) {
				if (hx === 0) {
					return xIsZero(x, y);
				}
				if (x === 1) {
					return 1;
				}
				if (x === -1 && isOdd(y)) {
					return -1;
				}
				if (isInfinite(x)) {
					if (x === NINF) {
						return pow(-0, -y);
					}
					if (y < 0) {
						return 0;
					}
					return PINF;
				}
			}
			if (x < 0 && isInteger(y) === false) {
				return (x - x) / (x - x);
			}
			ax = abs(x);
			ahx = hx & ABS_MASK | 0;
			ahy = hy & ABS_MASK | 0;
			sx = hx >>> HIGH_NUM_NONSIGN_BITS | 0;
			sy = hy >>> HIGH_NUM_NONSIGN_BITS | 0;
			if (sx && isOdd(y)) {
				sx = -1;
			} else {
				sx = 1;
			}
			if (ahy > HIGH_BIASED_EXP_31) {
				if (ahy > HIGH_BIASED_EXP_64) {
					return yIsHuge(x, y);
				}
				if (ahx < HIGH_MAX_NEAR_UNITY) {
					if (sy === 1) {
						return sx * HUGE * HUGE;
					}
					return sx * TINY * TINY;
				}
				if (ahx > HIGH_BIASED_EXP_0) {
					if (sy === 0) {
						return sx * HUGE * HUGE;
					}
					return sx * TINY * TINY;
				}
				t = logx(LOG_WORKSPACE, ax);
			} else {
				t = log2ax(LOG_WORKSPACE, ax, ahx);
			}
			y1 = setLowWord(y, 0);
			lp = (y - y1) * t[0] + y * t[1];
			hp = y1 * t[0];
			z = lp + hp;
			toWords.assign(z, WORDS, 1, 0);
			j = uint32ToInt32(WORDS[0]);
			i = uint32ToInt32(WORDS[1]);
			if (j >= HIGH_BIASED_EXP_10) {
				if ((j - HIGH_BIASED_EXP_10 | i) !== 0) {
					return sx * HUGE * HUGE;
				}
				if (lp + OVT > z - hp) {
					return sx * HUGE * HUGE;
				}
			} else if ((j & ABS_MASK) >= HIGH_1075) {
				if ((j - HIGH_NEG_1075 | i) !== 0) {
					return sx * TINY * TINY;
				}
				if (lp <= z - hp) {
					return sx * TINY * TINY;
				}
			}
			z = pow2(j, hp, lp);
			return sx * z;
		}
		module.exports = pow;
	}),
	3140: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .5999999999999946;
			}
			return .5999999999999946 + x * (.4285714285785502 + x * (.33333332981837743 + x * (.272728123808534 + x * (.23066074577556175 + x * .20697501780033842))));
		}
		module.exports = evalpoly;
	}),
	5568: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .16666666666666602;
			}
			return .16666666666666602 + x * (-.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 4.1381367970572385e-8)));
		}
		module.exports = evalpoly;
	}),
	837: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2024 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(x) {
			if (x === 0) {
				return .5;
			}
			return .5 + x * (-.3333333333333333 + x * .25);
		}
		module.exports = evalpoly;
	}),
	5224: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var getHighWord = __nccwpck_require__(2882);
		var setHighWord = __nccwpck_require__(5990);
		var setLowWord = __nccwpck_require__(3786);
		var uint32ToInt32 = __nccwpck_require__(6519);
		var ldexp = __nccwpck_require__(3291);
		var LN2 = __nccwpck_require__(1239);
		var BIAS = __nccwpck_require__(1877);
		var ABS_MASK = __nccwpck_require__(3935);
		var HIGH_SIGNIFICAND_MASK = __nccwpck_require__(8910);
		var HIGH_NUM_SIGNIFICAND_BITS = __nccwpck_require__(1277);
		var polyvalP = __nccwpck_require__(5568);
		var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
		var HIGH_BIASED_EXP_NEG_1 = 1071644672 | 0;
		var LN2_HI = .6931471824645996;
		var LN2_LO = -1.904654299957768e-9;
		function pow2(j, hp, lp) {
			var tmp;
			var t1;
			var t;
			var r;
			var u;
			var v;
			var w;
			var z;
			var n;
			var i;
			var k;
			i = j & ABS_MASK | 0;
			k = (i >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
			n = 0;
			if (i > HIGH_BIASED_EXP_NEG_1) {
				n = j + (HIGH_MIN_NORMAL_EXP >> k + 1) >>> 0;
				k = ((n & ABS_MASK) >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
				tmp = (n & ~(HIGH_SIGNIFICAND_MASK >> k)) >>> 0;
				t = setHighWord(0, tmp);
				n = (n & HIGH_SIGNIFICAND_MASK | HIGH_MIN_NORMAL_EXP) >> HIGH_NUM_SIGNIFICAND_BITS - k >>> 0;
				if (j < 0) {
					n = -n;
				}
				hp -= t;
			}
			t = lp + hp;
			t = setLowWord(t, 0);
			u = t * LN2_HI;
			v = (lp - (t - hp)) * LN2 + t * LN2_LO;
			z = u + v;
			w = v - (z - u);
			t = z * z;
			t1 = z - t * polyvalP(t);
			r = z * t1 / (t1 - 2) - (w + z * w);
			z = 1 - (r - z);
			j = getHighWord(z);
			j = uint32ToInt32(j);
			j += n << HIGH_NUM_SIGNIFICAND_BITS >>> 0;
			if (j >> HIGH_NUM_SIGNIFICAND_BITS <= 0) {
				z = ldexp(z, n);
			} else {
				z = setHighWord(z, j);
			}
			return z;
		}
		module.exports = pow2;
	}),
	2122: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var isOdd = __nccwpck_require__(7687);
		var copysign = __nccwpck_require__(910);
		var NINF = __nccwpck_require__(1475);
		var PINF = __nccwpck_require__(469);
		function pow(x, y) {
			if (y === NINF) {
				return PINF;
			}
			if (y === PINF) {
				return 0;
			}
			if (y > 0) {
				if (isOdd(y)) {
					return x;
				}
				return 0;
			}
			if (isOdd(y)) {
				return copysign(PINF, x);
			}
			return PINF;
		}
		module.exports = pow;
	}),
	888: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var ABS_MASK = __nccwpck_require__(3935);
		var getHighWord = __nccwpck_require__(2882);
		var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
		var HUGE = 1e300;
		var TINY = 1e-300;
		function pow(x, y) {
			var ahx;
			var hx;
			hx = getHighWord(x);
			ahx = hx & ABS_MASK;
			if (ahx <= HIGH_MAX_NEAR_UNITY) {
				if (y < 0) {
					return HUGE * HUGE;
				}
				return TINY * TINY;
			}
			if (y > 0) {
				return HUGE * HUGE;
			}
			return TINY * TINY;
		}
		module.exports = pow;
	}),
	3355: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var PINF = __nccwpck_require__(469);
		function pow(x, y) {
			if (x === -1) {
				return (x - x) / (x - x);
			}
			if (x === 1) {
				return 1;
			}
			if (abs(x) < 1 === (y === PINF)) {
				return 0;
			}
			return PINF;
		}
		module.exports = pow;
	}),
	4756: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var powm1 = __nccwpck_require__(2603);
		module.exports = powm1;
	}),
	2603: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* (C) Copyright John Maddock 2006.
		*
		* Use, modification and distribution are subject to the
		* Boost Software License, Version 1.0. (See accompanying file
		* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
		* ```
		*/
		var isnan = __nccwpck_require__(6523);
		var isinfinite = __nccwpck_require__(7234);
		var abs = __nccwpck_require__(6260);
		var expm1 = __nccwpck_require__(141);
		var ln = __nccwpck_require__(1550);
		var pow = __nccwpck_require__(6310);
		var trunc = __nccwpck_require__(1262);
		function powm1(b, x) {
			var result;
			var y;
			if (isnan(b) || isnan(x)) {
				return NaN;
			}
			if (x === 0) {
				return 0;
			}
			if (b === 0) {
				return -1;
			}
			if (b < 0 && x % 2 === 0) {
				b = -b;
			}
			if (b > 0) {
				if (abs(x * (b - 1)) < .5 || abs(x) < .2) {
					y = ln(b) * x;
					if (y < .5) {
						return expm1(y);
					}
				}
			} else if (trunc(x) !== x) {
				return NaN;
			}
			result = pow(b, x) - 1;
			if (isinfinite(result) || isnan(result)) {
				return NaN;
			}
			return result;
		}
		module.exports = powm1;
	}),
	3982: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var rempio2 = __nccwpck_require__(4385);
		module.exports = rempio2;
	}),
	7236: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var floor = __nccwpck_require__(2334);
		var ldexp = __nccwpck_require__(3291);
		var zeros = __nccwpck_require__(1830);
		var IPIO2 = [
			10680707,
			7228996,
			1387004,
			2578385,
			16069853,
			12639074,
			9804092,
			4427841,
			16666979,
			11263675,
			12935607,
			2387514,
			4345298,
			14681673,
			3074569,
			13734428,
			16653803,
			1880361,
			10960616,
			8533493,
			3062596,
			8710556,
			7349940,
			6258241,
			3772886,
			3769171,
			3798172,
			8675211,
			12450088,
			3874808,
			9961438,
			366607,
			15675153,
			9132554,
			7151469,
			3571407,
			2607881,
			12013382,
			4155038,
			6285869,
			7677882,
			13102053,
			15825725,
			473591,
			9065106,
			15363067,
			6271263,
			9264392,
			5636912,
			4652155,
			7056368,
			13614112,
			10155062,
			1944035,
			9527646,
			15080200,
			6658437,
			6231200,
			6832269,
			16767104,
			5075751,
			3212806,
			1398474,
			7579849,
			6349435,
			12618859
		];
		var PIO2 = [
			1.570796251296997,
			7.549789415861596e-8,
			5390302529957765e-30,
			3282003415807913e-37,
			1270655753080676e-44,
			12293330898111133e-52,
			27337005381646456e-60,
			21674168387780482e-67
		];
		var TWO24 = 16777216;
		var TWON24 = 5.960464477539063e-8;
		var F = zeros(20);
		var Q = zeros(20);
		var FQ = zeros(20);
		var IQ = zeros(20);
		function compute(x, y, jz, q, q0, jk, jv, jx, f) {
			var carry;
			var fw;
			var ih;
			var jp;
			var i;
			var k;
			var n;
			var j;
			var z;
			jp = jk;
			z = q[jz];
			j = jz;
			for (i = 0; j > 0; i++) {
				fw = TWON24 * z | 0;
				IQ[i] = z - TWO24 * fw | 0;
				z = q[j - 1] + fw;
				j -= 1;
			}
			z = ldexp(z, q0);
			z -= 8 * floor(z * .125);
			n = z | 0;
			z -= n;
			ih = 0;
			if (q0 > 0) {
				i = IQ[jz - 1] >> 24 - q0;
				n += i;
				IQ[jz - 1] -= i << 24 - q0;
				ih = IQ[jz - 1] >> 23 - q0;
			} else if (q0 === 0) {
				ih = IQ[jz - 1] >> 23;
			} else if (z >= .5) {
				ih = 2;
			}
			if (ih > 0) {
				n += 1;
				carry = 0;
				for (i = 0; i < jz; i++) {
					j = IQ[i];
					if (carry === 0) {
						if (j !== 0) {
							carry = 1;
							IQ[i] = 16777216 - j;
						}
					} else {
						IQ[i] = 16777215 - j;
					}
				}
				if (q0 > 0) {
					switch (q0) {
						case 1:
							IQ[jz - 1] &= 8388607;
							break;
						case 2:
							IQ[jz - 1] &= 4194303;
							break;
					}
				}
				if (ih === 2) {
					z = 1 - z;
					if (carry !== 0) {
						z -= ldexp(1, q0);
					}
				}
			}
			if (z === 0) {
				j = 0;
				for (i = jz - 1; i >= jk; i--) {
					j |= IQ[i];
				}
				if (j === 0) {
					for (k = 1; IQ[jk - k] === 0; k++) {}
					for (i = jz + 1; i <= jz + k; i++) {
						f[jx + i] = IPIO2[jv + i];
						fw = 0;
						for (j = 0; j <= jx; j++) {
							fw += x[j] * f[jx + (i - j)];
						}
						q[i] = fw;
					}
					jz += k;
					return compute(x, y, jz, q, q0, jk, jv, jx, f);
				}
				jz -= 1;
				q0 -= 24;
				while (IQ[jz] === 0) {
					jz -= 1;
					q0 -= 24;
				}
			} else {
				z = ldexp(z, -q0);
				if (z >= TWO24) {
					fw = TWON24 * z | 0;
					IQ[jz] = z - TWO24 * fw | 0;
					jz += 1;
					q0 += 24;
					IQ[jz] = fw;
				} else {
					IQ[jz] = z | 0;
				}
			}
			fw = ldexp(1, q0);
			for (i = jz; i >= 0; i--) {
				q[i] = fw * IQ[i];
				fw *= TWON24;
			}
			for (i = jz; i >= 0; i--) {
				fw = 0;
				for (k = 0; k <= jp && k <= jz - i; k++) {
					fw += PIO2[k] * q[i + k];
				}
				FQ[jz - i] = fw;
			}
			fw = 0;
			for (i = jz; i >= 0; i--) {
				fw += FQ[i];
			}
			if (ih === 0) {
				y[0] = fw;
			} else {
				y[0] = -fw;
			}
			fw = FQ[0] - fw;
			for (i = 1; i <= jz; i++) {
				fw += FQ[i];
			}
			if (ih === 0) {
				y[1] = fw;
			} else {
				y[1] = -fw;
			}
			return n & 7;
		}
		function kernelRempio2(x, y, e0, nx) {
			var fw;
			var jk;
			var jv;
			var jx;
			var jz;
			var q0;
			var i;
			var j;
			var m;
			jk = 4;
			jx = nx - 1;
			jv = (e0 - 3) / 24 | 0;
			if (jv < 0) {
				jv = 0;
			}
			q0 = e0 - 24 * (jv + 1);
			j = jv - jx;
			m = jx + jk;
			for (i = 0; i <= m; i++) {
				if (j < 0) {
					F[i] = 0;
				} else {
					F[i] = IPIO2[j];
				}
				j += 1;
			}
			for (i = 0; i <= jk; i++) {
				fw = 0;
				for (j = 0; j <= jx; j++) {
					fw += x[j] * F[jx + (i - j)];
				}
				Q[i] = fw;
			}
			jz = jk;
			return compute(x, y, jz, Q, q0, jk, jv, jx, F);
		}
		module.exports = kernelRempio2;
	}),
	4385: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		*
		* Optimized by Bruce D. Evans.
		* ```
		*/
		var ABS_MASK = __nccwpck_require__(3935);
		var EXPONENT_MASK = __nccwpck_require__(222);
		var SIGNIFICAND_MASK = __nccwpck_require__(8910);
		var getHighWord = __nccwpck_require__(2882);
		var getLowWord = __nccwpck_require__(1662);
		var fromWords = __nccwpck_require__(7844);
		var rempio2Kernel = __nccwpck_require__(7236);
		var rempio2Medium = __nccwpck_require__(499);
		var ZERO = 0;
		var TWO24 = 16777216;
		var PIO2_1 = 1.5707963267341256;
		var PIO2_1T = 6077100506506192e-26;
		var TWO_PIO2_1T = 2 * PIO2_1T;
		var THREE_PIO2_1T = 3 * PIO2_1T;
		var FOUR_PIO2_1T = 4 * PIO2_1T;
		var PI_HIGH_WORD_SIGNIFICAND = 598523 | 0;
		var PIO4_HIGH_WORD = 1072243195 | 0;
		var THREE_PIO4_HIGH_WORD = 1073928572 | 0;
		var FIVE_PIO4_HIGH_WORD = 1074752122 | 0;
		var THREE_PIO2_HIGH_WORD = 1074977148 | 0;
		var SEVEN_PIO4_HIGH_WORD = 1075183036 | 0;
		var TWO_PI_HIGH_WORD = 1075388923 | 0;
		var NINE_PIO4_HIGH_WORD = 1075594811 | 0;
		var MEDIUM = 1094263291 | 0;
		var TX = [
			0,
			0,
			0
		];
		var TY = [0, 0];
		function rempio2(x, y) {
			var low;
			var e0;
			var hx;
			var ix;
			var nx;
			var i;
			var n;
			var z;
			hx = getHighWord(x) | 0;
			ix = hx & ABS_MASK | 0;
			if (ix <= PIO4_HIGH_WORD) {
				y[0] = x;
				y[1] = 0;
				return 0;
			}
			if (ix <= FIVE_PIO4_HIGH_WORD) {
				if ((ix & SIGNIFICAND_MASK) === PI_HIGH_WORD_SIGNIFICAND) {
					return rempio2Medium(x, ix, y);
				}
				if (ix <= THREE_PIO4_HIGH_WORD) {
					if (hx > 0) {
						z = x - PIO2_1;
						y[0] = z - PIO2_1T;
						y[1] = z - y[0] - PIO2_1T;
						return 1;
					}
					z = x + PIO2_1;
					y[0] = z + PIO2_1T;
					y[1] = z - y[0] + PIO2_1T;
					return -1;
				}
				if (hx > 0) {
					z = x - 2 * PIO2_1;
					y[0] = z - TWO_PIO2_1T;
					y[1] = z - y[0] - TWO_PIO2_1T;
					return 2;
				}
				z = x + 2 * PIO2_1;
				y[0] = z + TWO_PIO2_1T;
				y[1] = z - y[0] + TWO_PIO2_1T;
				return -2;
			}
			if (ix <= NINE_PIO4_HIGH_WORD) {
				if (ix <= SEVEN_PIO4_HIGH_WORD) {
					if (ix === THREE_PIO2_HIGH_WORD) {
						return rempio2Medium(x, ix, y);
					}
					if (hx > 0) {
						z = x - 3 * PIO2_1;
						y[0] = z - THREE_PIO2_1T;
						y[1] = z - y[0] - THREE_PIO2_1T;
						return 3;
					}
					z = x + 3 * PIO2_1;
					y[0] = z + THREE_PIO2_1T;
					y[1] = z - y[0] + THREE_PIO2_1T;
					return -3;
				}
				if (ix === TWO_PI_HIGH_WORD) {
					return rempio2Medium(x, ix, y);
				}
				if (hx > 0) {
					z = x - 4 * PIO2_1;
					y[0] = z - FOUR_PIO2_1T;
					y[1] = z - y[0] - FOUR_PIO2_1T;
					return 4;
				}
				z = x + 4 * PIO2_1;
				y[0] = z + FOUR_PIO2_1T;
				y[1] = z - y[0] + FOUR_PIO2_1T;
				return -4;
			}
			if (ix < MEDIUM) {
				return rempio2Medium(x, ix, y);
			}
			if (ix >= EXPONENT_MASK) {
				y[0] = NaN;
				y[1] = NaN;
				return 0;
			}
			low = getLowWord(x);
			e0 = (ix >> 20) - 1046;
			z = fromWords(ix - (e0 << 20 | 0), low);
			for (i = 0; i < 2; i++) {
				TX[i] = z | 0;
				z = (z - TX[i]) * TWO24;
			}
			TX[2] = z;
			nx = 3;
			while (TX[nx - 1] === ZERO) {
				nx -= 1;
			}
			n = rempio2Kernel(TX, TY, e0, nx, 1);
			if (hx < 0) {
				y[0] = -TY[0];
				y[1] = -TY[1];
				return -n;
			}
			y[0] = TY[0];
			y[1] = TY[1];
			return n;
		}
		module.exports = rempio2;
	}),
	499: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var round = __nccwpck_require__(8972);
		var getHighWord = __nccwpck_require__(2882);
		var INVPIO2 = .6366197723675814;
		var PIO2_1 = 1.5707963267341256;
		var PIO2_1T = 6077100506506192e-26;
		var PIO2_2 = 6077100506303966e-26;
		var PIO2_2T = 20222662487959506e-37;
		var PIO2_3 = 20222662487111665e-37;
		var PIO2_3T = 84784276603689e-45;
		var EXPONENT_MASK = 2047 | 0;
		function rempio2Medium(x, ix, y) {
			var high;
			var n;
			var t;
			var r;
			var w;
			var i;
			var j;
			n = round(x * INVPIO2);
			r = x - n * PIO2_1;
			w = n * PIO2_1T;
			j = ix >> 20 | 0;
			y[0] = r - w;
			high = getHighWord(y[0]);
			i = j - (high >> 20 & EXPONENT_MASK);
			if (i > 16) {
				t = r;
				w = n * PIO2_2;
				r = t - w;
				w = n * PIO2_2T - (t - r - w);
				y[0] = r - w;
				high = getHighWord(y[0]);
				i = j - (high >> 20 & EXPONENT_MASK);
				if (i > 49) {
					t = r;
					w = n * PIO2_3;
					r = t - w;
					w = n * PIO2_3T - (t - r - w);
					y[0] = r - w;
				}
			}
			y[1] = r - y[0] - w;
			return n;
		}
		module.exports = rempio2Medium;
	}),
	8972: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6547);
		module.exports = main;
	}),
	6547: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var round = Math.round;
		module.exports = round;
	}),
	1794: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3205);
		module.exports = main;
	}),
	3205: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*
		*
		* ## Notice
		*
		* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
		*
		* ```text
		* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
		*
		* Developed at SunPro, a Sun Microsystems, Inc. business.
		* Permission to use, copy, modify, and distribute this
		* software is freely granted, provided that this notice
		* is preserved.
		* ```
		*/
		var HIGH_WORD_ABS_MASK = __nccwpck_require__(3935);
		var HIGH_WORD_EXPONENT_MASK = __nccwpck_require__(222);
		var getHighWord = __nccwpck_require__(2882);
		var kernelCos = __nccwpck_require__(1567);
		var kernelSin = __nccwpck_require__(186);
		var rempio2 = __nccwpck_require__(3982);
		var PIO4_HIGH_WORD = 1072243195 | 0;
		var SMALL_HIGH_WORD = 1045430272 | 0;
		var Y = [0, 0];
		function sin(x) {
			var ix;
			var n;
			ix = getHighWord(x);
			ix &= HIGH_WORD_ABS_MASK;
			if (ix <= PIO4_HIGH_WORD) {
				if (ix < SMALL_HIGH_WORD) {
					return x;
				}
				return kernelSin(x, 0);
			}
			if (ix >= HIGH_WORD_EXPONENT_MASK) {
				return NaN;
			}
			n = rempio2(x, Y);
			switch (n & 3) {
				case 0: return kernelSin(Y[0], Y[1]);
				case 1: return kernelCos(Y[0], Y[1]);
				case 2: return -kernelSin(Y[0], Y[1]);
				default: return -kernelCos(Y[0], Y[1]);
			}
		}
		module.exports = sin;
	}),
	8901: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3012);
		module.exports = main;
	}),
	3012: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isnan = __nccwpck_require__(6523);
		var isInfinite = __nccwpck_require__(7234);
		var cos = __nccwpck_require__(9191);
		var sin = __nccwpck_require__(1794);
		var abs = __nccwpck_require__(6260);
		var copysign = __nccwpck_require__(910);
		var PI = __nccwpck_require__(9701);
		function sinpi(x) {
			var ar;
			var r;
			if (isnan(x)) {
				return NaN;
			}
			if (isInfinite(x)) {
				return NaN;
			}
			r = x % 2;
			ar = abs(r);
			if (ar === 0 || ar === 1) {
				return copysign(0, r);
			}
			if (ar < .25) {
				return sin(PI * r);
			}
			if (ar < .75) {
				ar = .5 - ar;
				return copysign(cos(PI * ar), r);
			}
			if (ar < 1.25) {
				r = copysign(1, r) - r;
				return sin(PI * r);
			}
			if (ar < 1.75) {
				ar -= 1.5;
				return -copysign(cos(PI * ar), r);
			}
			r -= copysign(2, r);
			return sin(PI * r);
		}
		module.exports = sinpi;
	}),
	5478: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(1689);
		module.exports = main;
	}),
	1689: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var sqrt = Math.sqrt;
		module.exports = sqrt;
	}),
	1262: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2657);
		module.exports = main;
	}),
	2657: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var floor = __nccwpck_require__(2334);
		var ceil = __nccwpck_require__(3385);
		function trunc(x) {
			if (x < 0) {
				return ceil(x);
			}
			return floor(x);
		}
		module.exports = trunc;
	}),
	3962: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var EPS = __nccwpck_require__(5088);
		var FLOAT32_SMALLEST_NORMAL = __nccwpck_require__(8858);
		var MAX_ITER = 1e6;
		function continuedFractionA(gen, factor, maxIter) {
			var delta;
			var a0;
			var C;
			var D;
			var f;
			var v;
			v = gen();
			f = v[1];
			a0 = v[0];
			if (f === 0) {
				f = FLOAT32_SMALLEST_NORMAL;
			}
			C = f;
			D = 0;
			do {
				v = gen();
				if (v) {
					D = v[1] + v[0] * D;
					if (D === 0) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[1] + v[0] / C;
					if (C === 0) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1 / D;
					delta = C * D;
					f *= delta;
				}
			} while (v && abs(delta - 1) > factor && --maxIter);
			return a0 / f;
		}
		function continuedFractionB(gen, factor, maxIter) {
			var delta;
			var C;
			var D;
			var f;
			var v;
			v = gen();
			f = v[1];
			if (f === 0) {
				f = FLOAT32_SMALLEST_NORMAL;
			}
			C = f;
			D = 0;
			do {
				v = gen();
				if (v) {
					D = v[1] + v[0] * D;
					if (D === 0) {
						D = FLOAT32_SMALLEST_NORMAL;
					}
					C = v[1] + v[0] / C;
					if (C === 0) {
						C = FLOAT32_SMALLEST_NORMAL;
					}
					D = 1 / D;
					delta = C * D;
					f *= delta;
				}
			} while (v && abs(delta - 1) > factor && --maxIter);
			return f;
		}
		function continuedFraction(generator, options) {
			var maxIter;
			var opts;
			var eps;
			opts = {};
			if (arguments.length > 1) {
				opts = options;
			}
			eps = opts.tolerance || EPS;
			maxIter = opts.maxIter || MAX_ITER;
			if (opts.keep) {
				return continuedFractionB(generator, eps, maxIter);
			}
			return continuedFractionA(generator, eps, maxIter);
		}
		module.exports = continuedFraction;
	}),
	7028: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var FLOAT32_SMALLEST_NORMAL = __nccwpck_require__(8858);
		var EPS = __nccwpck_require__(5088);
		var MAX_ITER = 1e6;
		function continuedFractionA(gen, factor, maxIter) {
			var isgenerator;
			var delta;
			var a0;
			var f;
			var C;
			var D;
			var v;
			isgenerator = typeof gen.next === "function";
			v = isgenerator ? gen.next().value : gen();
			f = v[1];
			a0 = v[0];
			if (f === 0) {
				f = FLOAT32_SMALLEST_NORMAL;
			}
			C = f;
			D = 0;
			if (isgenerator === true) {
				do {
					v = gen.next().value;
					if (v) {
						D = v[1] + v[0] * D;
						if (D === 0) {
							D = FLOAT32_SMALLEST_NORMAL;
						}
						C = v[1] + v[0] / C;
						if (C === 0) {
							C = FLOAT32_SMALLEST_NORMAL;
						}
						D = 1 / D;
						delta = C * D;
						f *= delta;
					}
				} while (abs(delta - 1) > factor && --maxIter);
			} else {
				do {
					v = gen();
					if (v) {
						D = v[1] + v[0] * D;
						if (D === 0) {
							D = FLOAT32_SMALLEST_NORMAL;
						}
						C = v[1] + v[0] / C;
						if (C === 0) {
							C = FLOAT32_SMALLEST_NORMAL;
						}
						D = 1 / D;
						delta = C * D;
						f *= delta;
					}
				} while (v && abs(delta - 1) > factor && --maxIter);
			}
			return a0 / f;
		}
		function continuedFractionB(gen, factor, maxIter) {
			var isgenerator;
			var delta;
			var f;
			var C;
			var D;
			var v;
			isgenerator = typeof gen.next === "function";
			v = isgenerator ? gen.next().value : gen();
			f = v[1];
			if (f === 0) {
				f = FLOAT32_SMALLEST_NORMAL;
			}
			C = f;
			D = 0;
			if (isgenerator === true) {
				do {
					v = gen.next().value;
					if (v) {
						D = v[1] + v[0] * D;
						if (D === 0) {
							D = FLOAT32_SMALLEST_NORMAL;
						}
						C = v[1] + v[0] / C;
						if (C === 0) {
							C = FLOAT32_SMALLEST_NORMAL;
						}
						D = 1 / D;
						delta = C * D;
						f *= delta;
					}
				} while (v && abs(delta - 1) > factor && --maxIter);
			} else {
				do {
					v = gen();
					if (v) {
						D = v[1] + v[0] * D;
						if (D === 0) {
							D = FLOAT32_SMALLEST_NORMAL;
						}
						C = v[1] + v[0] / C;
						if (C === 0) {
							C = FLOAT32_SMALLEST_NORMAL;
						}
						D = 1 / D;
						delta = C * D;
						f *= delta;
					}
				} while (v && abs(delta - 1) > factor && --maxIter);
			}
			return f;
		}
		function continuedFraction(generator, options) {
			var maxIter;
			var opts;
			var eps;
			opts = {};
			if (arguments.length > 1) {
				opts = options;
			}
			maxIter = opts.maxIter || MAX_ITER;
			eps = opts.tolerance || EPS;
			if (opts.keep) {
				return continuedFractionB(generator, eps, maxIter);
			}
			return continuedFractionA(generator, eps, maxIter);
		}
		module.exports = continuedFraction;
	}),
	508: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasGeneratorSupport = __nccwpck_require__(2878);
		var generator = __nccwpck_require__(7028);
		var basic = __nccwpck_require__(3962);
		var continuedFraction;
		if (hasGeneratorSupport()) {
			continuedFraction = generator;
		} else {
			continuedFraction = basic;
		}
		module.exports = continuedFraction;
	}),
	1278: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Fcn = __nccwpck_require__(6990);
		var evalpoly = __nccwpck_require__(3767);
		function factory(c) {
			var f;
			var n;
			var m;
			var i;
			if (c.length > 500) {
				return polyval;
			}
			f = "return function evalpoly(x){";
			n = c.length;
			if (n === 0) {
				f += "return 0.0;";
			} else if (n === 1) {
				f += "return " + c[0] + ";";
			} else {
				f += "if(x===0.0){return " + c[0] + ";}";
				f += "return " + c[0];
				m = n - 1;
				for (i = 1; i < n; i++) {
					f += "+x*";
					if (i < m) {
						f += "(";
					}
					f += c[i];
				}
				for (i = 0; i < m - 1; i++) {
					f += ")";
				}
				f += ";";
			}
			f += "}";
			f += "//# sourceURL=evalpoly.factory.js";
			return new Fcn(f)();
			function polyval(x) {
				return evalpoly(c, x);
			}
		}
		module.exports = factory;
	}),
	2096: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var setReadOnly = __nccwpck_require__(4568);
		var main = __nccwpck_require__(3767);
		var factory = __nccwpck_require__(1278);
		setReadOnly(main, "factory", factory);
		module.exports = main;
	}),
	3767: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function evalpoly(c, x) {
			var p;
			var i;
			i = c.length;
			if (i < 2 || x === 0) {
				if (i === 0) {
					return 0;
				}
				return c[0];
			}
			i -= 1;
			p = c[i] * x + c[i - 1];
			i -= 2;
			while (i >= 0) {
				p = p * x + c[i];
				i -= 1;
			}
			return p;
		}
		module.exports = evalpoly;
	}),
	6049: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var EPS = __nccwpck_require__(5088);
		var MAX_TERMS = 1e6;
		function sumSeries(generator, options) {
			var tolerance;
			var nextTerm;
			var counter;
			var result;
			var opts;
			opts = {};
			if (arguments.length > 1) {
				opts = options;
			}
			tolerance = opts.tolerance || EPS;
			counter = opts.maxTerms || MAX_TERMS;
			result = opts.initialValue || 0;
			do {
				nextTerm = generator();
				result += nextTerm;
			} while (abs(tolerance * result) < abs(nextTerm) && --counter);
			return result;
		}
		module.exports = sumSeries;
	}),
	3333: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = __nccwpck_require__(6260);
		var EPS = __nccwpck_require__(5088);
		var MAX_TERMS = 1e6;
		function sumSeries(generator, options) {
			var isgenerator;
			var tolerance;
			var nextTerm;
			var counter;
			var result;
			var opts;
			opts = {};
			if (arguments.length > 1) {
				opts = options;
			}
			tolerance = opts.tolerance || EPS;
			counter = opts.maxTerms || MAX_TERMS;
			result = opts.initialValue || 0;
			isgenerator = typeof generator.next === "function";
			if (isgenerator === true) {
				for (nextTerm of generator) {
					result += nextTerm;
					if (abs(tolerance * result) >= abs(nextTerm) || --counter === 0) {
						break;
					}
				}
			} else {
				do {
					nextTerm = generator();
					result += nextTerm;
				} while (abs(tolerance * result) < abs(nextTerm) && --counter);
			}
			return result;
		}
		module.exports = sumSeries;
	}),
	6491: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasGeneratorSupport = __nccwpck_require__(2878);
		var generator = __nccwpck_require__(3333);
		var basic = __nccwpck_require__(6049);
		var sumSeries;
		if (hasGeneratorSupport()) {
			sumSeries = generator;
		} else {
			sumSeries = basic;
		}
		module.exports = sumSeries;
	}),
	4241: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7696);
		module.exports = main;
	}),
	7696: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		module.exports = Number;
	}),
	6075: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(7014);
		module.exports = main;
	}),
	7014: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var getHighWord = __nccwpck_require__(2882);
		var EXP_MASK = __nccwpck_require__(222);
		var BIAS = __nccwpck_require__(1877);
		function exponent(x) {
			var high = getHighWord(x);
			high = (high & EXP_MASK) >>> 20;
			return high - BIAS | 0;
		}
		module.exports = exponent;
	}),
	7844: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(5259);
		module.exports = main;
	}),
	9593: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var indices;
		var HIGH;
		var LOW;
		if (isLittleEndian === true) {
			HIGH = 1;
			LOW = 0;
		} else {
			HIGH = 0;
			LOW = 1;
		}
		indices = {
			"HIGH": HIGH,
			"LOW": LOW
		};
		module.exports = indices;
	}),
	5259: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var indices = __nccwpck_require__(9593);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		var HIGH = indices.HIGH;
		var LOW = indices.LOW;
		function fromWords(high, low) {
			UINT32_VIEW[HIGH] = high;
			UINT32_VIEW[LOW] = low;
			return FLOAT64_VIEW[0];
		}
		module.exports = fromWords;
	}),
	9828: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var HIGH;
		if (isLittleEndian === true) {
			HIGH = 1;
		} else {
			HIGH = 0;
		}
		module.exports = HIGH;
	}),
	2882: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6053);
		module.exports = main;
	}),
	6053: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var HIGH = __nccwpck_require__(9828);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		function getHighWord(x) {
			FLOAT64_VIEW[0] = x;
			return UINT32_VIEW[HIGH];
		}
		module.exports = getHighWord;
	}),
	1662: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3761);
		module.exports = main;
	}),
	5844: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var LOW;
		if (isLittleEndian === true) {
			LOW = 0;
		} else {
			LOW = 1;
		}
		module.exports = LOW;
	}),
	3761: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var LOW = __nccwpck_require__(5844);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		function getLowWord(x) {
			FLOAT64_VIEW[0] = x;
			return UINT32_VIEW[LOW];
		}
		module.exports = getLowWord;
	}),
	750: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var FLOAT64_SMALLEST_NORMAL = __nccwpck_require__(5417);
		var isInfinite = __nccwpck_require__(7234);
		var isnan = __nccwpck_require__(6523);
		var abs = __nccwpck_require__(6260);
		var SCALAR = 4503599627370496;
		function normalize(x, out, stride, offset) {
			if (isnan(x) || isInfinite(x)) {
				out[offset] = x;
				out[offset + stride] = 0;
				return out;
			}
			if (x !== 0 && abs(x) < FLOAT64_SMALLEST_NORMAL) {
				out[offset] = x * SCALAR;
				out[offset + stride] = -52;
				return out;
			}
			out[offset] = x;
			out[offset + stride] = 0;
			return out;
		}
		module.exports = normalize;
	}),
	9335: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var setReadOnly = __nccwpck_require__(4568);
		var main = __nccwpck_require__(6754);
		var assign = __nccwpck_require__(750);
		setReadOnly(main, "assign", assign);
		module.exports = main;
	}),
	6754: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var fcn = __nccwpck_require__(750);
		function normalize(x) {
			return fcn(x, [0, 0], 1, 0);
		}
		module.exports = normalize;
	}),
	2880: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var HIGH;
		if (isLittleEndian === true) {
			HIGH = 1;
		} else {
			HIGH = 0;
		}
		module.exports = HIGH;
	}),
	5990: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6921);
		module.exports = main;
	}),
	6921: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var HIGH = __nccwpck_require__(2880);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		function setHighWord(x, high) {
			FLOAT64_VIEW[0] = x;
			UINT32_VIEW[HIGH] = high >>> 0;
			return FLOAT64_VIEW[0];
		}
		module.exports = setHighWord;
	}),
	3786: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(253);
		module.exports = main;
	}),
	9760: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var LOW;
		if (isLittleEndian === true) {
			LOW = 0;
		} else {
			LOW = 1;
		}
		module.exports = LOW;
	}),
	253: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var LOW = __nccwpck_require__(9760);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		function setLowWord(x, low) {
			FLOAT64_VIEW[0] = x;
			UINT32_VIEW[LOW] = low >>> 0;
			return FLOAT64_VIEW[0];
		}
		module.exports = setLowWord;
	}),
	5132: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Uint32Array = __nccwpck_require__(7096);
		var Float64Array = __nccwpck_require__(9979);
		var indices = __nccwpck_require__(3808);
		var FLOAT64_VIEW = new Float64Array(1);
		var UINT32_VIEW = new Uint32Array(FLOAT64_VIEW.buffer);
		var HIGH = indices.HIGH;
		var LOW = indices.LOW;
		function toWords(x, out, stride, offset) {
			FLOAT64_VIEW[0] = x;
			out[offset] = UINT32_VIEW[HIGH];
			out[offset + stride] = UINT32_VIEW[LOW];
			return out;
		}
		module.exports = toWords;
	}),
	7949: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var setReadOnly = __nccwpck_require__(4568);
		var main = __nccwpck_require__(6364);
		var assign = __nccwpck_require__(5132);
		setReadOnly(main, "assign", assign);
		module.exports = main;
	}),
	3808: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isLittleEndian = __nccwpck_require__(347);
		var indices;
		var HIGH;
		var LOW;
		if (isLittleEndian === true) {
			HIGH = 1;
			LOW = 0;
		} else {
			HIGH = 0;
			LOW = 1;
		}
		indices = {
			"HIGH": HIGH,
			"LOW": LOW
		};
		module.exports = indices;
	}),
	6364: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var fcn = __nccwpck_require__(5132);
		function toWords(x) {
			return fcn(x, [0 >>> 0, 0 >>> 0], 1, 0);
		}
		module.exports = toWords;
	}),
	6519: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var uint32ToInt32 = __nccwpck_require__(3234);
		module.exports = uint32ToInt32;
	}),
	3234: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function uint32ToInt32(x) {
			return x | 0;
		}
		module.exports = uint32ToInt32;
	}),
	2029: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var abs = Math.abs;
		var lowercase = String.prototype.toLowerCase;
		var uppercase = String.prototype.toUpperCase;
		var replace = String.prototype.replace;
		var RE_EXP_POS_DIGITS = /e\+(\d)$/;
		var RE_EXP_NEG_DIGITS = /e-(\d)$/;
		var RE_ONLY_DIGITS = /^(\d+)$/;
		var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
		var RE_TRAILING_PERIOD_ZERO = /\.0$/;
		var RE_PERIOD_ZERO_EXP = /\.0*e/;
		var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
		function formatDouble(f, token) {
			var digits;
			var out;
			switch (token.specifier) {
				case "e":
				case "E":
					out = f.toExponential(token.precision);
					break;
				case "f":
				case "F":
					out = f.toFixed(token.precision);
					break;
				case "g":
				case "G":
					if (abs(f) < 1e-4) {
						digits = token.precision;
						if (digits > 0) {
							digits -= 1;
						}
						out = f.toExponential(digits);
					} else {
						out = f.toPrecision(token.precision);
					}
					if (!token.alternate) {
						out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
						out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
						out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
					}
					break;
				default: throw new Error("invalid double notation. Value: " + token.specifier);
			}
			out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
			out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
			if (token.alternate) {
				out = replace.call(out, RE_ONLY_DIGITS, "$1.");
				out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
			}
			if (f >= 0 && token.sign) {
				out = token.sign + out;
			}
			out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
			return out;
		}
		module.exports = formatDouble;
	}),
	1836: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var isNumber = __nccwpck_require__(6392);
		var zeroPad = __nccwpck_require__(122);
		var lowercase = String.prototype.toLowerCase;
		var uppercase = String.prototype.toUpperCase;
		function formatInteger(token) {
			var base;
			var out;
			var i;
			switch (token.specifier) {
				case "b":
					base = 2;
					break;
				case "o":
					base = 8;
					break;
				case "x":
				case "X":
					base = 16;
					break;
				case "d":
				case "i":
				case "u":
				default:
					base = 10;
					break;
			}
			out = token.arg;
			i = parseInt(out, 10);
			if (!isFinite(i)) {
				if (!isNumber(out)) {
					throw new Error("invalid integer. Value: " + out);
				}
				i = 0;
			}
			if (i < 0 && (token.specifier === "u" || base !== 10)) {
				i = 4294967295 + i + 1;
			}
			if (i < 0) {
				out = (-i).toString(base);
				if (token.precision) {
					out = zeroPad(out, token.precision, token.padRight);
				}
				out = "-" + out;
			} else {
				out = i.toString(base);
				if (!i && !token.precision) {
					out = "";
				} else if (token.precision) {
					out = zeroPad(out, token.precision, token.padRight);
				}
				if (token.sign) {
					out = token.sign + out;
				}
			}
			if (base === 16) {
				if (token.alternate) {
					out = "0x" + out;
				}
				out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
			}
			if (base === 8) {
				if (token.alternate && out.charAt(0) !== "0") {
					out = "0" + out;
				}
			}
			return out;
		}
		module.exports = formatInteger;
	}),
	24: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(4879);
		module.exports = main;
	}),
	6392: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function isNumber(value) {
			return typeof value === "number";
		}
		module.exports = isNumber;
	}),
	7852: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function isString(value) {
			return typeof value === "string";
		}
		module.exports = isString;
	}),
	4879: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var formatInteger = __nccwpck_require__(1836);
		var isString = __nccwpck_require__(7852);
		var isNumber = __nccwpck_require__(6392);
		var formatDouble = __nccwpck_require__(2029);
		var spacePad = __nccwpck_require__(4484);
		var zeroPad = __nccwpck_require__(122);
		var fromCharCode = String.fromCharCode;
		var isArray = Array.isArray;
		function isnan(value) {
			return value !== value;
		}
		function initialize(token) {
			var out = {};
			out.specifier = token.specifier;
			out.precision = token.precision === void 0 ? 1 : token.precision;
			out.width = token.width;
			out.flags = token.flags || "";
			out.mapping = token.mapping;
			return out;
		}
		function formatInterpolate(tokens) {
			var hasPeriod;
			var flags;
			var token;
			var flag;
			var num;
			var out;
			var pos;
			var f;
			var i;
			var j;
			if (!isArray(tokens)) {
				throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
			}
			out = "";
			pos = 1;
			for (i = 0; i < tokens.length; i++) {
				token = tokens[i];
				if (isString(token)) {
					out += token;
				} else {
					hasPeriod = token.precision !== void 0;
					token = initialize(token);
					if (!token.specifier) {
						throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
					}
					if (token.mapping) {
						pos = token.mapping;
					}
					flags = token.flags;
					for (j = 0; j < flags.length; j++) {
						flag = flags.charAt(j);
						switch (flag) {
							case " ":
								token.sign = " ";
								break;
							case "+":
								token.sign = "+";
								break;
							case "-":
								token.padRight = true;
								token.padZeros = false;
								break;
							case "0":
								token.padZeros = flags.indexOf("-") < 0;
								break;
							case "#":
								token.alternate = true;
								break;
							default: throw new Error("invalid flag: " + flag);
						}
					}
					if (token.width === "*") {
						token.width = parseInt(arguments[pos], 10);
						pos += 1;
						if (isnan(token.width)) {
							throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
						}
						if (token.width < 0) {
							token.padRight = true;
							token.width = -token.width;
						}
					}
					if (hasPeriod) {
						if (token.precision === "*") {
							token.precision = parseInt(arguments[pos], 10);
							pos += 1;
							if (isnan(token.precision)) {
								throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
							}
							if (token.precision < 0) {
								token.precision = 1;
								hasPeriod = false;
							}
						}
					}
					token.arg = arguments[pos];
					switch (token.specifier) {
						case "b":
						case "o":
						case "x":
						case "X":
						case "d":
						case "i":
						case "u":
							if (hasPeriod) {
								token.padZeros = false;
							}
							token.arg = formatInteger(token);
							break;
						case "s":
							token.maxWidth = hasPeriod ? token.precision : -1;
							token.arg = String(token.arg);
							break;
						case "c":
							if (!isnan(token.arg)) {
								num = parseInt(token.arg, 10);
								if (num < 0 || num > 127) {
									throw new Error("invalid character code. Value: " + token.arg);
								}
								token.arg = isnan(num) ? String(token.arg) : fromCharCode(num);
							}
							break;
						case "e":
						case "E":
						case "f":
						case "F":
						case "g":
						case "G":
							if (!hasPeriod) {
								token.precision = 6;
							}
							f = parseFloat(token.arg);
							if (!isFinite(f)) {
								if (!isNumber(token.arg)) {
									throw new Error("invalid floating-point number. Value: " + out);
								}
								f = token.arg;
								token.padZeros = false;
							}
							token.arg = formatDouble(f, token);
							break;
						default: throw new Error("invalid specifier: " + token.specifier);
					}
					if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
						token.arg = token.arg.substring(0, token.maxWidth);
					}
					if (token.padZeros) {
						token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
					} else if (token.width) {
						token.arg = spacePad(token.arg, token.width, token.padRight);
					}
					out += token.arg || "";
					pos += 1;
				}
			}
			return out;
		}
		module.exports = formatInterpolate;
	}),
	4484: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function spaces(n) {
			var out = "";
			var i;
			for (i = 0; i < n; i++) {
				out += " ";
			}
			return out;
		}
		function spacePad(str, width, right) {
			var pad = width - str.length;
			if (pad < 0) {
				return str;
			}
			str = right ? str + spaces(pad) : spaces(pad) + str;
			return str;
		}
		module.exports = spacePad;
	}),
	122: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function startsWithMinus(str) {
			return str[0] === "-";
		}
		function zeros(n) {
			var out = "";
			var i;
			for (i = 0; i < n; i++) {
				out += "0";
			}
			return out;
		}
		function zeroPad(str, width, right) {
			var negative = false;
			var pad = width - str.length;
			if (pad < 0) {
				return str;
			}
			if (startsWithMinus(str)) {
				negative = true;
				str = str.substr(1);
			}
			str = right ? str + zeros(pad) : zeros(pad) + str;
			if (negative) {
				str = "-" + str;
			}
			return str;
		}
		module.exports = zeroPad;
	}),
	9340: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(8755);
		module.exports = main;
	}),
	8755: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
		function parse(match) {
			var token = {
				"mapping": match[1] ? parseInt(match[1], 10) : void 0,
				"flags": match[2],
				"width": match[3],
				"precision": match[5],
				"specifier": match[6]
			};
			if (match[4] === "." && match[5] === void 0) {
				token.precision = "1";
			}
			return token;
		}
		function formatTokenize(str) {
			var content;
			var tokens;
			var match;
			var prev;
			tokens = [];
			prev = 0;
			match = RE.exec(str);
			while (match) {
				content = str.slice(prev, RE.lastIndex - match[0].length);
				if (content.length) {
					tokens.push(content);
				}
				if (match[6] === "%") {
					tokens.push("%");
				} else {
					tokens.push(parse(match));
				}
				prev = RE.lastIndex;
				match = RE.exec(str);
			}
			content = str.slice(prev);
			if (content.length) {
				tokens.push(content);
			}
			return tokens;
		}
		module.exports = formatTokenize;
	}),
	7760: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(3191);
		module.exports = main;
	}),
	8676: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		function isString(value) {
			return typeof value === "string";
		}
		module.exports = isString;
	}),
	3191: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2022 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var interpolate = __nccwpck_require__(24);
		var tokenize = __nccwpck_require__(9340);
		var isString = __nccwpck_require__(8676);
		function format(str) {
			var args;
			var i;
			if (!isString(str)) {
				throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
			}
			args = [tokenize(str)];
			for (i = 1; i < arguments.length; i++) {
				args.push(arguments[i]);
			}
			return interpolate.apply(null, args);
		}
		module.exports = format;
	}),
	2038: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(2873);
		module.exports = main;
	}),
	2873: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Sym = typeof Symbol === "function" ? Symbol : void 0;
		module.exports = Sym;
	}),
	4568: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = __nccwpck_require__(6239);
		module.exports = main;
	}),
	6239: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var defineProperty = __nccwpck_require__(708);
		function setNonEnumerableReadOnly(obj, prop, value) {
			defineProperty(obj, prop, {
				"configurable": false,
				"enumerable": false,
				"writable": false,
				"value": value
			});
		}
		module.exports = setNonEnumerableReadOnly;
	}),
	7619: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var defineProperty = Object.defineProperty;
		module.exports = defineProperty;
	}),
	5141: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
		module.exports = main;
	}),
	2342: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2021 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var defineProperty = __nccwpck_require__(5141);
		function hasDefinePropertySupport() {
			try {
				defineProperty({}, "x", {});
				return true;
			} catch (err) {
				return false;
			}
		}
		module.exports = hasDefinePropertySupport;
	}),
	708: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasDefinePropertySupport = __nccwpck_require__(2342);
		var builtin = __nccwpck_require__(7619);
		var polyfill = __nccwpck_require__(61);
		var defineProperty;
		if (hasDefinePropertySupport()) {
			defineProperty = builtin;
		} else {
			defineProperty = polyfill;
		}
		module.exports = defineProperty;
	}),
	61: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var format = __nccwpck_require__(7760);
		var objectProtoype = Object.prototype;
		var toStr = objectProtoype.toString;
		var defineGetter = objectProtoype.__defineGetter__;
		var defineSetter = objectProtoype.__defineSetter__;
		var lookupGetter = objectProtoype.__lookupGetter__;
		var lookupSetter = objectProtoype.__lookupSetter__;
		function defineProperty(obj, prop, descriptor) {
			var prototype;
			var hasValue;
			var hasGet;
			var hasSet;
			if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
				throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
			}
			if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
				throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
			}
			hasValue = "value" in descriptor;
			if (hasValue) {
				if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
					prototype = obj.__proto__;
					obj.__proto__ = objectProtoype;
					delete obj[prop];
					obj[prop] = descriptor.value;
					obj.__proto__ = prototype;
				} else {
					obj[prop] = descriptor.value;
				}
			}
			hasGet = "get" in descriptor;
			hasSet = "set" in descriptor;
			if (hasValue && (hasGet || hasSet)) {
				throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
			}
			if (hasGet && defineGetter) {
				defineGetter.call(obj, prop, descriptor.get);
			}
			if (hasSet && defineSetter) {
				defineSetter.call(obj, prop, descriptor.set);
			}
			return obj;
		}
		module.exports = defineProperty;
	}),
	3595: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var evil = eval;
		module.exports = evil;
	}),
	547: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasToStringTag = __nccwpck_require__(9501);
		var builtin = __nccwpck_require__(1006);
		var polyfill = __nccwpck_require__(9728);
		var main;
		if (hasToStringTag()) {
			main = polyfill;
		} else {
			main = builtin;
		}
		module.exports = main;
	}),
	1006: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var toStr = __nccwpck_require__(5763);
		function nativeClass(v) {
			return toStr.call(v);
		}
		module.exports = nativeClass;
	}),
	9728: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var hasOwnProp = __nccwpck_require__(1907);
		var toStringTag = __nccwpck_require__(4499);
		var toStr = __nccwpck_require__(5763);
		function nativeClass(v) {
			var isOwn;
			var tag;
			var out;
			if (v === null || v === void 0) {
				return toStr.call(v);
			}
			tag = v[toStringTag];
			isOwn = hasOwnProp(v, toStringTag);
			try {
				v[toStringTag] = void 0;
			} catch (err) {
				return toStr.call(v);
			}
			out = toStr.call(v);
			if (isOwn) {
				v[toStringTag] = tag;
			} else {
				delete v[toStringTag];
			}
			return out;
		}
		module.exports = nativeClass;
	}),
	5763: ((module) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var toStr = Object.prototype.toString;
		module.exports = toStr;
	}),
	4499: ((module, __unused_webpack_exports, __nccwpck_require__) => {
		/**
		* @license Apache-2.0
		*
		* Copyright (c) 2018 The Stdlib Authors.
		*
		* Licensed under the Apache License, Version 2.0 (the "License");
		* you may not use this file except in compliance with the License.
		* You may obtain a copy of the License at
		*
		*    http://www.apache.org/licenses/LICENSE-2.0
		*
		* Unless required by applicable law or agreed to in writing, software
		* distributed under the License is distributed on an "AS IS" BASIS,
		* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		* See the License for the specific language governing permissions and
		* limitations under the License.
		*/
		var Symbol = __nccwpck_require__(2038);
		var toStrTag = typeof Symbol === "function" ? Symbol.toStringTag : "";
		module.exports = toStrTag;
	}),
	3076: ((__unused_webpack_module, exports) => {
		var __webpack_unused_export__;
		__webpack_unused_export__ = { value: true };
		const toString = Object.prototype.toString;
		function isAnyArray(value) {
			const tag = toString.call(value);
			return tag.endsWith("Array]") && !tag.includes("Big");
		}
		function max(input, options = {}) {
			if (!isAnyArray(input)) {
				throw new TypeError("input must be an array");
			}
			if (input.length === 0) {
				throw new TypeError("input must not be empty");
			}
			const { fromIndex = 0, toIndex = input.length } = options;
			if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
				throw new Error("fromIndex must be a positive integer smaller than length");
			}
			if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
				throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
			}
			let maxValue = input[fromIndex];
			for (let i = fromIndex + 1; i < toIndex; i++) {
				if (input[i] > maxValue) maxValue = input[i];
			}
			return maxValue;
		}
		function min(input, options = {}) {
			if (!isAnyArray(input)) {
				throw new TypeError("input must be an array");
			}
			if (input.length === 0) {
				throw new TypeError("input must not be empty");
			}
			const { fromIndex = 0, toIndex = input.length } = options;
			if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
				throw new Error("fromIndex must be a positive integer smaller than length");
			}
			if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
				throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
			}
			let minValue = input[fromIndex];
			for (let i = fromIndex + 1; i < toIndex; i++) {
				if (input[i] < minValue) minValue = input[i];
			}
			return minValue;
		}
		function rescale(input, options = {}) {
			if (!isAnyArray(input)) {
				throw new TypeError("input must be an array");
			} else if (input.length === 0) {
				throw new TypeError("input must not be empty");
			}
			let output;
			if (options.output !== undefined) {
				if (!isAnyArray(options.output)) {
					throw new TypeError("output option must be an array if specified");
				}
				output = options.output;
			} else {
				output = new Array(input.length);
			}
			const currentMin = min(input);
			const currentMax = max(input);
			if (currentMin === currentMax) {
				throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
			}
			const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
			if (minValue >= maxValue) {
				throw new RangeError("min option must be smaller than max option");
			}
			const factor = (maxValue - minValue) / (currentMax - currentMin);
			for (let i = 0; i < input.length; i++) {
				output[i] = (input[i] - currentMin) * factor + minValue;
			}
			return output;
		}
		const indent = " ".repeat(2);
		const indentData = " ".repeat(4);
		function inspectMatrix() {
			return inspectMatrixWithOptions(this);
		}
		function inspectMatrixWithOptions(matrix, options = {}) {
			const { maxRows = 15, maxColumns = 10, maxNumSize = 8, padMinus = "auto" } = options;
			return `${matrix.constructor.name} {
${indent}[
${indentData}${inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix.rows}
${indent}columns: ${matrix.columns}
}`;
		}
		function inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus) {
			const { rows, columns } = matrix;
			const maxI = Math.min(rows, maxRows);
			const maxJ = Math.min(columns, maxColumns);
			const result = [];
			if (padMinus === "auto") {
				padMinus = false;
				loop: for (let i = 0; i < maxI; i++) {
					for (let j = 0; j < maxJ; j++) {
						if (matrix.get(i, j) < 0) {
							padMinus = true;
							break loop;
						}
					}
				}
			}
			for (let i = 0; i < maxI; i++) {
				let line = [];
				for (let j = 0; j < maxJ; j++) {
					line.push(formatNumber(matrix.get(i, j), maxNumSize, padMinus));
				}
				result.push(`${line.join(" ")}`);
			}
			if (maxJ !== columns) {
				result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
			}
			if (maxI !== rows) {
				result.push(`... ${rows - maxRows} more rows`);
			}
			return result.join(`\n${indentData}`);
		}
		function formatNumber(num, maxNumSize, padMinus) {
			return (num >= 0 && padMinus ? ` ${formatNumber2(num, maxNumSize - 1)}` : formatNumber2(num, maxNumSize)).padEnd(maxNumSize);
		}
		function formatNumber2(num, len) {
			let str = num.toString();
			if (str.length <= len) return str;
			let fix = num.toFixed(len);
			if (fix.length > len) {
				fix = num.toFixed(Math.max(0, len - (fix.length - len)));
			}
			if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) {
				return fix;
			}
			let exp = num.toExponential(len);
			if (exp.length > len) {
				exp = num.toExponential(Math.max(0, len - (exp.length - len)));
			}
			return exp.slice(0);
		}
		function installMathOperations(AbstractMatrix, Matrix) {
			AbstractMatrix.prototype.add = function add(value) {
				if (typeof value === "number") return this.addS(value);
				return this.addM(value);
			};
			AbstractMatrix.prototype.addS = function addS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) + value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.addM = function addM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) + matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.add = function add(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.add(value);
			};
			AbstractMatrix.prototype.sub = function sub(value) {
				if (typeof value === "number") return this.subS(value);
				return this.subM(value);
			};
			AbstractMatrix.prototype.subS = function subS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) - value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.subM = function subM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) - matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.sub = function sub(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.sub(value);
			};
			AbstractMatrix.prototype.subtract = AbstractMatrix.prototype.sub;
			AbstractMatrix.prototype.subtractS = AbstractMatrix.prototype.subS;
			AbstractMatrix.prototype.subtractM = AbstractMatrix.prototype.subM;
			AbstractMatrix.subtract = AbstractMatrix.sub;
			AbstractMatrix.prototype.mul = function mul(value) {
				if (typeof value === "number") return this.mulS(value);
				return this.mulM(value);
			};
			AbstractMatrix.prototype.mulS = function mulS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) * value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.mulM = function mulM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) * matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.mul = function mul(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.mul(value);
			};
			AbstractMatrix.prototype.multiply = AbstractMatrix.prototype.mul;
			AbstractMatrix.prototype.multiplyS = AbstractMatrix.prototype.mulS;
			AbstractMatrix.prototype.multiplyM = AbstractMatrix.prototype.mulM;
			AbstractMatrix.multiply = AbstractMatrix.mul;
			AbstractMatrix.prototype.div = function div(value) {
				if (typeof value === "number") return this.divS(value);
				return this.divM(value);
			};
			AbstractMatrix.prototype.divS = function divS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) / value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.divM = function divM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) / matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.div = function div(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.div(value);
			};
			AbstractMatrix.prototype.divide = AbstractMatrix.prototype.div;
			AbstractMatrix.prototype.divideS = AbstractMatrix.prototype.divS;
			AbstractMatrix.prototype.divideM = AbstractMatrix.prototype.divM;
			AbstractMatrix.divide = AbstractMatrix.div;
			AbstractMatrix.prototype.mod = function mod(value) {
				if (typeof value === "number") return this.modS(value);
				return this.modM(value);
			};
			AbstractMatrix.prototype.modS = function modS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) % value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.modM = function modM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) % matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.mod = function mod(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.mod(value);
			};
			AbstractMatrix.prototype.modulus = AbstractMatrix.prototype.mod;
			AbstractMatrix.prototype.modulusS = AbstractMatrix.prototype.modS;
			AbstractMatrix.prototype.modulusM = AbstractMatrix.prototype.modM;
			AbstractMatrix.modulus = AbstractMatrix.mod;
			AbstractMatrix.prototype.and = function and(value) {
				if (typeof value === "number") return this.andS(value);
				return this.andM(value);
			};
			AbstractMatrix.prototype.andS = function andS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) & value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.andM = function andM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) & matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.and = function and(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.and(value);
			};
			AbstractMatrix.prototype.or = function or(value) {
				if (typeof value === "number") return this.orS(value);
				return this.orM(value);
			};
			AbstractMatrix.prototype.orS = function orS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) | value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.orM = function orM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) | matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.or = function or(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.or(value);
			};
			AbstractMatrix.prototype.xor = function xor(value) {
				if (typeof value === "number") return this.xorS(value);
				return this.xorM(value);
			};
			AbstractMatrix.prototype.xorS = function xorS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) ^ value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.xorM = function xorM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) ^ matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.xor = function xor(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.xor(value);
			};
			AbstractMatrix.prototype.leftShift = function leftShift(value) {
				if (typeof value === "number") return this.leftShiftS(value);
				return this.leftShiftM(value);
			};
			AbstractMatrix.prototype.leftShiftS = function leftShiftS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) << value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.leftShiftM = function leftShiftM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) << matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.leftShift = function leftShift(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.leftShift(value);
			};
			AbstractMatrix.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
				if (typeof value === "number") return this.signPropagatingRightShiftS(value);
				return this.signPropagatingRightShiftM(value);
			};
			AbstractMatrix.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) >> value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) >> matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.signPropagatingRightShift = function signPropagatingRightShift(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.signPropagatingRightShift(value);
			};
			AbstractMatrix.prototype.rightShift = function rightShift(value) {
				if (typeof value === "number") return this.rightShiftS(value);
				return this.rightShiftM(value);
			};
			AbstractMatrix.prototype.rightShiftS = function rightShiftS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) >>> value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.rightShiftM = function rightShiftM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) >>> matrix.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.rightShift = function rightShift(matrix, value) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.rightShift(value);
			};
			AbstractMatrix.prototype.zeroFillRightShift = AbstractMatrix.prototype.rightShift;
			AbstractMatrix.prototype.zeroFillRightShiftS = AbstractMatrix.prototype.rightShiftS;
			AbstractMatrix.prototype.zeroFillRightShiftM = AbstractMatrix.prototype.rightShiftM;
			AbstractMatrix.zeroFillRightShift = AbstractMatrix.rightShift;
			AbstractMatrix.prototype.not = function not() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, ~this.get(i, j));
					}
				}
				return this;
			};
			AbstractMatrix.not = function not(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.not();
			};
			AbstractMatrix.prototype.abs = function abs() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.abs(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.abs = function abs(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.abs();
			};
			AbstractMatrix.prototype.acos = function acos() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.acos(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.acos = function acos(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.acos();
			};
			AbstractMatrix.prototype.acosh = function acosh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.acosh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.acosh = function acosh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.acosh();
			};
			AbstractMatrix.prototype.asin = function asin() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.asin(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.asin = function asin(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.asin();
			};
			AbstractMatrix.prototype.asinh = function asinh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.asinh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.asinh = function asinh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.asinh();
			};
			AbstractMatrix.prototype.atan = function atan() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.atan(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.atan = function atan(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.atan();
			};
			AbstractMatrix.prototype.atanh = function atanh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.atanh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.atanh = function atanh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.atanh();
			};
			AbstractMatrix.prototype.cbrt = function cbrt() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.cbrt(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.cbrt = function cbrt(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.cbrt();
			};
			AbstractMatrix.prototype.ceil = function ceil() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.ceil(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.ceil = function ceil(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.ceil();
			};
			AbstractMatrix.prototype.clz32 = function clz32() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.clz32(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.clz32 = function clz32(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.clz32();
			};
			AbstractMatrix.prototype.cos = function cos() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.cos(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.cos = function cos(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.cos();
			};
			AbstractMatrix.prototype.cosh = function cosh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.cosh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.cosh = function cosh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.cosh();
			};
			AbstractMatrix.prototype.exp = function exp() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.exp(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.exp = function exp(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.exp();
			};
			AbstractMatrix.prototype.expm1 = function expm1() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.expm1(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.expm1 = function expm1(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.expm1();
			};
			AbstractMatrix.prototype.floor = function floor() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.floor(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.floor = function floor(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.floor();
			};
			AbstractMatrix.prototype.fround = function fround() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.fround(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.fround = function fround(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.fround();
			};
			AbstractMatrix.prototype.log = function log() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.log(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.log = function log(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.log();
			};
			AbstractMatrix.prototype.log1p = function log1p() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.log1p(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.log1p = function log1p(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.log1p();
			};
			AbstractMatrix.prototype.log10 = function log10() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.log10(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.log10 = function log10(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.log10();
			};
			AbstractMatrix.prototype.log2 = function log2() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.log2(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.log2 = function log2(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.log2();
			};
			AbstractMatrix.prototype.round = function round() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.round(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.round = function round(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.round();
			};
			AbstractMatrix.prototype.sign = function sign() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.sign(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.sign = function sign(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.sign();
			};
			AbstractMatrix.prototype.sin = function sin() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.sin(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.sin = function sin(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.sin();
			};
			AbstractMatrix.prototype.sinh = function sinh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.sinh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.sinh = function sinh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.sinh();
			};
			AbstractMatrix.prototype.sqrt = function sqrt() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.sqrt(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.sqrt = function sqrt(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.sqrt();
			};
			AbstractMatrix.prototype.tan = function tan() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.tan(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.tan = function tan(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.tan();
			};
			AbstractMatrix.prototype.tanh = function tanh() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.tanh(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.tanh = function tanh(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.tanh();
			};
			AbstractMatrix.prototype.trunc = function trunc() {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, Math.trunc(this.get(i, j)));
					}
				}
				return this;
			};
			AbstractMatrix.trunc = function trunc(matrix) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.trunc();
			};
			AbstractMatrix.pow = function pow(matrix, arg0) {
				const newMatrix = new Matrix(matrix);
				return newMatrix.pow(arg0);
			};
			AbstractMatrix.prototype.pow = function pow(value) {
				if (typeof value === "number") return this.powS(value);
				return this.powM(value);
			};
			AbstractMatrix.prototype.powS = function powS(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) ** value);
					}
				}
				return this;
			};
			AbstractMatrix.prototype.powM = function powM(matrix) {
				matrix = Matrix.checkMatrix(matrix);
				if (this.rows !== matrix.rows || this.columns !== matrix.columns) {
					throw new RangeError("Matrices dimensions must be equal");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) ** matrix.get(i, j));
					}
				}
				return this;
			};
		}
		function checkRowIndex(matrix, index, outer) {
			let max = outer ? matrix.rows : matrix.rows - 1;
			if (index < 0 || index > max) {
				throw new RangeError("Row index out of range");
			}
		}
		function checkColumnIndex(matrix, index, outer) {
			let max = outer ? matrix.columns : matrix.columns - 1;
			if (index < 0 || index > max) {
				throw new RangeError("Column index out of range");
			}
		}
		function checkRowVector(matrix, vector) {
			if (vector.to1DArray) {
				vector = vector.to1DArray();
			}
			if (vector.length !== matrix.columns) {
				throw new RangeError("vector size must be the same as the number of columns");
			}
			return vector;
		}
		function checkColumnVector(matrix, vector) {
			if (vector.to1DArray) {
				vector = vector.to1DArray();
			}
			if (vector.length !== matrix.rows) {
				throw new RangeError("vector size must be the same as the number of rows");
			}
			return vector;
		}
		function checkRowIndices(matrix, rowIndices) {
			if (!isAnyArray(rowIndices)) {
				throw new TypeError("row indices must be an array");
			}
			for (let i = 0; i < rowIndices.length; i++) {
				if (rowIndices[i] < 0 || rowIndices[i] >= matrix.rows) {
					throw new RangeError("row indices are out of range");
				}
			}
		}
		function checkColumnIndices(matrix, columnIndices) {
			if (!isAnyArray(columnIndices)) {
				throw new TypeError("column indices must be an array");
			}
			for (let i = 0; i < columnIndices.length; i++) {
				if (columnIndices[i] < 0 || columnIndices[i] >= matrix.columns) {
					throw new RangeError("column indices are out of range");
				}
			}
		}
		function checkRange(matrix, startRow, endRow, startColumn, endColumn) {
			if (arguments.length !== 5) {
				throw new RangeError("expected 4 arguments");
			}
			checkNumber("startRow", startRow);
			checkNumber("endRow", endRow);
			checkNumber("startColumn", startColumn);
			checkNumber("endColumn", endColumn);
			if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix.rows || endRow < 0 || endRow >= matrix.rows || startColumn < 0 || startColumn >= matrix.columns || endColumn < 0 || endColumn >= matrix.columns) {
				throw new RangeError("Submatrix indices are out of range");
			}
		}
		function newArray(length, value = 0) {
			let array = [];
			for (let i = 0; i < length; i++) {
				array.push(value);
			}
			return array;
		}
		function checkNumber(name, value) {
			if (typeof value !== "number") {
				throw new TypeError(`${name} must be a number`);
			}
		}
		function checkNonEmpty(matrix) {
			if (matrix.isEmpty()) {
				throw new Error("Empty matrix has no elements to index");
			}
		}
		function sumByRow(matrix) {
			let sum = newArray(matrix.rows);
			for (let i = 0; i < matrix.rows; ++i) {
				for (let j = 0; j < matrix.columns; ++j) {
					sum[i] += matrix.get(i, j);
				}
			}
			return sum;
		}
		function sumByColumn(matrix) {
			let sum = newArray(matrix.columns);
			for (let i = 0; i < matrix.rows; ++i) {
				for (let j = 0; j < matrix.columns; ++j) {
					sum[j] += matrix.get(i, j);
				}
			}
			return sum;
		}
		function sumAll(matrix) {
			let v = 0;
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					v += matrix.get(i, j);
				}
			}
			return v;
		}
		function productByRow(matrix) {
			let sum = newArray(matrix.rows, 1);
			for (let i = 0; i < matrix.rows; ++i) {
				for (let j = 0; j < matrix.columns; ++j) {
					sum[i] *= matrix.get(i, j);
				}
			}
			return sum;
		}
		function productByColumn(matrix) {
			let sum = newArray(matrix.columns, 1);
			for (let i = 0; i < matrix.rows; ++i) {
				for (let j = 0; j < matrix.columns; ++j) {
					sum[j] *= matrix.get(i, j);
				}
			}
			return sum;
		}
		function productAll(matrix) {
			let v = 1;
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					v *= matrix.get(i, j);
				}
			}
			return v;
		}
		function varianceByRow(matrix, unbiased, mean) {
			const rows = matrix.rows;
			const cols = matrix.columns;
			const variance = [];
			for (let i = 0; i < rows; i++) {
				let sum1 = 0;
				let sum2 = 0;
				let x = 0;
				for (let j = 0; j < cols; j++) {
					x = matrix.get(i, j) - mean[i];
					sum1 += x;
					sum2 += x * x;
				}
				if (unbiased) {
					variance.push((sum2 - sum1 * sum1 / cols) / (cols - 1));
				} else {
					variance.push((sum2 - sum1 * sum1 / cols) / cols);
				}
			}
			return variance;
		}
		function varianceByColumn(matrix, unbiased, mean) {
			const rows = matrix.rows;
			const cols = matrix.columns;
			const variance = [];
			for (let j = 0; j < cols; j++) {
				let sum1 = 0;
				let sum2 = 0;
				let x = 0;
				for (let i = 0; i < rows; i++) {
					x = matrix.get(i, j) - mean[j];
					sum1 += x;
					sum2 += x * x;
				}
				if (unbiased) {
					variance.push((sum2 - sum1 * sum1 / rows) / (rows - 1));
				} else {
					variance.push((sum2 - sum1 * sum1 / rows) / rows);
				}
			}
			return variance;
		}
		function varianceAll(matrix, unbiased, mean) {
			const rows = matrix.rows;
			const cols = matrix.columns;
			const size = rows * cols;
			let sum1 = 0;
			let sum2 = 0;
			let x = 0;
			for (let i = 0; i < rows; i++) {
				for (let j = 0; j < cols; j++) {
					x = matrix.get(i, j) - mean;
					sum1 += x;
					sum2 += x * x;
				}
			}
			if (unbiased) {
				return (sum2 - sum1 * sum1 / size) / (size - 1);
			} else {
				return (sum2 - sum1 * sum1 / size) / size;
			}
		}
		function centerByRow(matrix, mean) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) - mean[i]);
				}
			}
		}
		function centerByColumn(matrix, mean) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) - mean[j]);
				}
			}
		}
		function centerAll(matrix, mean) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) - mean);
				}
			}
		}
		function getScaleByRow(matrix) {
			const scale = [];
			for (let i = 0; i < matrix.rows; i++) {
				let sum = 0;
				for (let j = 0; j < matrix.columns; j++) {
					sum += matrix.get(i, j) ** 2 / (matrix.columns - 1);
				}
				scale.push(Math.sqrt(sum));
			}
			return scale;
		}
		function scaleByRow(matrix, scale) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) / scale[i]);
				}
			}
		}
		function getScaleByColumn(matrix) {
			const scale = [];
			for (let j = 0; j < matrix.columns; j++) {
				let sum = 0;
				for (let i = 0; i < matrix.rows; i++) {
					sum += matrix.get(i, j) ** 2 / (matrix.rows - 1);
				}
				scale.push(Math.sqrt(sum));
			}
			return scale;
		}
		function scaleByColumn(matrix, scale) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) / scale[j]);
				}
			}
		}
		function getScaleAll(matrix) {
			const divider = matrix.size - 1;
			let sum = 0;
			for (let j = 0; j < matrix.columns; j++) {
				for (let i = 0; i < matrix.rows; i++) {
					sum += matrix.get(i, j) ** 2 / divider;
				}
			}
			return Math.sqrt(sum);
		}
		function scaleAll(matrix, scale) {
			for (let i = 0; i < matrix.rows; i++) {
				for (let j = 0; j < matrix.columns; j++) {
					matrix.set(i, j, matrix.get(i, j) / scale);
				}
			}
		}
		class AbstractMatrix {
			static from1DArray(newRows, newColumns, newData) {
				let length = newRows * newColumns;
				if (length !== newData.length) {
					throw new RangeError("data length does not match given dimensions");
				}
				let newMatrix = new Matrix(newRows, newColumns);
				for (let row = 0; row < newRows; row++) {
					for (let column = 0; column < newColumns; column++) {
						newMatrix.set(row, column, newData[row * newColumns + column]);
					}
				}
				return newMatrix;
			}
			static rowVector(newData) {
				let vector = new Matrix(1, newData.length);
				for (let i = 0; i < newData.length; i++) {
					vector.set(0, i, newData[i]);
				}
				return vector;
			}
			static columnVector(newData) {
				let vector = new Matrix(newData.length, 1);
				for (let i = 0; i < newData.length; i++) {
					vector.set(i, 0, newData[i]);
				}
				return vector;
			}
			static zeros(rows, columns) {
				return new Matrix(rows, columns);
			}
			static ones(rows, columns) {
				return new Matrix(rows, columns).fill(1);
			}
			static rand(rows, columns, options = {}) {
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { random = Math.random } = options;
				let matrix = new Matrix(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						matrix.set(i, j, random());
					}
				}
				return matrix;
			}
			static randInt(rows, columns, options = {}) {
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { min = 0, max = 1e3, random = Math.random } = options;
				if (!Number.isInteger(min)) throw new TypeError("min must be an integer");
				if (!Number.isInteger(max)) throw new TypeError("max must be an integer");
				if (min >= max) throw new RangeError("min must be smaller than max");
				let interval = max - min;
				let matrix = new Matrix(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						let value = min + Math.round(random() * interval);
						matrix.set(i, j, value);
					}
				}
				return matrix;
			}
			static eye(rows, columns, value) {
				if (columns === undefined) columns = rows;
				if (value === undefined) value = 1;
				let min = Math.min(rows, columns);
				let matrix = this.zeros(rows, columns);
				for (let i = 0; i < min; i++) {
					matrix.set(i, i, value);
				}
				return matrix;
			}
			static diag(data, rows, columns) {
				let l = data.length;
				if (rows === undefined) rows = l;
				if (columns === undefined) columns = rows;
				let min = Math.min(l, rows, columns);
				let matrix = this.zeros(rows, columns);
				for (let i = 0; i < min; i++) {
					matrix.set(i, i, data[i]);
				}
				return matrix;
			}
			static min(matrix1, matrix2) {
				matrix1 = this.checkMatrix(matrix1);
				matrix2 = this.checkMatrix(matrix2);
				let rows = matrix1.rows;
				let columns = matrix1.columns;
				let result = new Matrix(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
					}
				}
				return result;
			}
			static max(matrix1, matrix2) {
				matrix1 = this.checkMatrix(matrix1);
				matrix2 = this.checkMatrix(matrix2);
				let rows = matrix1.rows;
				let columns = matrix1.columns;
				let result = new this(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
					}
				}
				return result;
			}
			static checkMatrix(value) {
				return AbstractMatrix.isMatrix(value) ? value : new Matrix(value);
			}
			static isMatrix(value) {
				return value != null && value.klass === "Matrix";
			}
			get size() {
				return this.rows * this.columns;
			}
			apply(callback) {
				if (typeof callback !== "function") {
					throw new TypeError("callback must be a function");
				}
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						callback.call(this, i, j);
					}
				}
				return this;
			}
			applyAlongAxis(callback, by) {
				if (typeof callback !== "function") {
					throw new TypeError("callback must be a function");
				}
				const result = [];
				switch (by) {
					case "row": {
						for (let i = 0; i < this.rows; i++) {
							result.push(callback.call(this, this.getRow(i), i));
						}
						break;
					}
					case "column": {
						for (let i = 0; i < this.columns; i++) {
							result.push(callback.call(this, this.getColumn(i), i));
						}
						break;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
				return result;
			}
			to1DArray() {
				let array = [];
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						array.push(this.get(i, j));
					}
				}
				return array;
			}
			to2DArray() {
				let copy = [];
				for (let i = 0; i < this.rows; i++) {
					copy.push([]);
					for (let j = 0; j < this.columns; j++) {
						copy[i].push(this.get(i, j));
					}
				}
				return copy;
			}
			toJSON() {
				return this.to2DArray();
			}
			isRowVector() {
				return this.rows === 1;
			}
			isColumnVector() {
				return this.columns === 1;
			}
			isVector() {
				return this.rows === 1 || this.columns === 1;
			}
			isSquare() {
				return this.rows === this.columns;
			}
			isEmpty() {
				return this.rows === 0 || this.columns === 0;
			}
			isSymmetric() {
				if (this.isSquare()) {
					for (let i = 0; i < this.rows; i++) {
						for (let j = 0; j <= i; j++) {
							if (this.get(i, j) !== this.get(j, i)) {
								return false;
							}
						}
					}
					return true;
				}
				return false;
			}
			isDistance() {
				if (!this.isSymmetric()) return false;
				for (let i = 0; i < this.rows; i++) {
					if (this.get(i, i) !== 0) return false;
				}
				return true;
			}
			isEchelonForm() {
				let i = 0;
				let j = 0;
				let previousColumn = -1;
				let isEchelonForm = true;
				let checked = false;
				while (i < this.rows && isEchelonForm) {
					j = 0;
					checked = false;
					while (j < this.columns && checked === false) {
						if (this.get(i, j) === 0) {
							j++;
						} else if (this.get(i, j) === 1 && j > previousColumn) {
							checked = true;
							previousColumn = j;
						} else {
							isEchelonForm = false;
							checked = true;
						}
					}
					i++;
				}
				return isEchelonForm;
			}
			isReducedEchelonForm() {
				let i = 0;
				let j = 0;
				let previousColumn = -1;
				let isReducedEchelonForm = true;
				let checked = false;
				while (i < this.rows && isReducedEchelonForm) {
					j = 0;
					checked = false;
					while (j < this.columns && checked === false) {
						if (this.get(i, j) === 0) {
							j++;
						} else if (this.get(i, j) === 1 && j > previousColumn) {
							checked = true;
							previousColumn = j;
						} else {
							isReducedEchelonForm = false;
							checked = true;
						}
					}
					for (let k = j + 1; k < this.rows; k++) {
						if (this.get(i, k) !== 0) {
							isReducedEchelonForm = false;
						}
					}
					i++;
				}
				return isReducedEchelonForm;
			}
			echelonForm() {
				let result = this.clone();
				let h = 0;
				let k = 0;
				while (h < result.rows && k < result.columns) {
					let iMax = h;
					for (let i = h; i < result.rows; i++) {
						if (result.get(i, k) > result.get(iMax, k)) {
							iMax = i;
						}
					}
					if (result.get(iMax, k) === 0) {
						k++;
					} else {
						result.swapRows(h, iMax);
						let tmp = result.get(h, k);
						for (let j = k; j < result.columns; j++) {
							result.set(h, j, result.get(h, j) / tmp);
						}
						for (let i = h + 1; i < result.rows; i++) {
							let factor = result.get(i, k) / result.get(h, k);
							result.set(i, k, 0);
							for (let j = k + 1; j < result.columns; j++) {
								result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
							}
						}
						h++;
						k++;
					}
				}
				return result;
			}
			reducedEchelonForm() {
				let result = this.echelonForm();
				let m = result.columns;
				let n = result.rows;
				let h = n - 1;
				while (h >= 0) {
					if (result.maxRow(h) === 0) {
						h--;
					} else {
						let p = 0;
						let pivot = false;
						while (p < n && pivot === false) {
							if (result.get(h, p) === 1) {
								pivot = true;
							} else {
								p++;
							}
						}
						for (let i = 0; i < h; i++) {
							let factor = result.get(i, p);
							for (let j = p; j < m; j++) {
								let tmp = result.get(i, j) - factor * result.get(h, j);
								result.set(i, j, tmp);
							}
						}
						h--;
					}
				}
				return result;
			}
			set() {
				throw new Error("set method is unimplemented");
			}
			get() {
				throw new Error("get method is unimplemented");
			}
			repeat(options = {}) {
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { rows = 1, columns = 1 } = options;
				if (!Number.isInteger(rows) || rows <= 0) {
					throw new TypeError("rows must be a positive integer");
				}
				if (!Number.isInteger(columns) || columns <= 0) {
					throw new TypeError("columns must be a positive integer");
				}
				let matrix = new Matrix(this.rows * rows, this.columns * columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						matrix.setSubMatrix(this, this.rows * i, this.columns * j);
					}
				}
				return matrix;
			}
			fill(value) {
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, value);
					}
				}
				return this;
			}
			neg() {
				return this.mulS(-1);
			}
			getRow(index) {
				checkRowIndex(this, index);
				let row = [];
				for (let i = 0; i < this.columns; i++) {
					row.push(this.get(index, i));
				}
				return row;
			}
			getRowVector(index) {
				return Matrix.rowVector(this.getRow(index));
			}
			setRow(index, array) {
				checkRowIndex(this, index);
				array = checkRowVector(this, array);
				for (let i = 0; i < this.columns; i++) {
					this.set(index, i, array[i]);
				}
				return this;
			}
			swapRows(row1, row2) {
				checkRowIndex(this, row1);
				checkRowIndex(this, row2);
				for (let i = 0; i < this.columns; i++) {
					let temp = this.get(row1, i);
					this.set(row1, i, this.get(row2, i));
					this.set(row2, i, temp);
				}
				return this;
			}
			getColumn(index) {
				checkColumnIndex(this, index);
				let column = [];
				for (let i = 0; i < this.rows; i++) {
					column.push(this.get(i, index));
				}
				return column;
			}
			getColumnVector(index) {
				return Matrix.columnVector(this.getColumn(index));
			}
			setColumn(index, array) {
				checkColumnIndex(this, index);
				array = checkColumnVector(this, array);
				for (let i = 0; i < this.rows; i++) {
					this.set(i, index, array[i]);
				}
				return this;
			}
			swapColumns(column1, column2) {
				checkColumnIndex(this, column1);
				checkColumnIndex(this, column2);
				for (let i = 0; i < this.rows; i++) {
					let temp = this.get(i, column1);
					this.set(i, column1, this.get(i, column2));
					this.set(i, column2, temp);
				}
				return this;
			}
			addRowVector(vector) {
				vector = checkRowVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) + vector[j]);
					}
				}
				return this;
			}
			subRowVector(vector) {
				vector = checkRowVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) - vector[j]);
					}
				}
				return this;
			}
			mulRowVector(vector) {
				vector = checkRowVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) * vector[j]);
					}
				}
				return this;
			}
			divRowVector(vector) {
				vector = checkRowVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) / vector[j]);
					}
				}
				return this;
			}
			addColumnVector(vector) {
				vector = checkColumnVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) + vector[i]);
					}
				}
				return this;
			}
			subColumnVector(vector) {
				vector = checkColumnVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) - vector[i]);
					}
				}
				return this;
			}
			mulColumnVector(vector) {
				vector = checkColumnVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) * vector[i]);
					}
				}
				return this;
			}
			divColumnVector(vector) {
				vector = checkColumnVector(this, vector);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						this.set(i, j, this.get(i, j) / vector[i]);
					}
				}
				return this;
			}
			mulRow(index, value) {
				checkRowIndex(this, index);
				for (let i = 0; i < this.columns; i++) {
					this.set(index, i, this.get(index, i) * value);
				}
				return this;
			}
			mulColumn(index, value) {
				checkColumnIndex(this, index);
				for (let i = 0; i < this.rows; i++) {
					this.set(i, index, this.get(i, index) * value);
				}
				return this;
			}
			max(by) {
				if (this.isEmpty()) {
					return NaN;
				}
				switch (by) {
					case "row": {
						const max = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) > max[row]) {
									max[row] = this.get(row, column);
								}
							}
						}
						return max;
					}
					case "column": {
						const max = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) > max[column]) {
									max[column] = this.get(row, column);
								}
							}
						}
						return max;
					}
					case undefined: {
						let max = this.get(0, 0);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) > max) {
									max = this.get(row, column);
								}
							}
						}
						return max;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			maxIndex() {
				checkNonEmpty(this);
				let v = this.get(0, 0);
				let idx = [0, 0];
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						if (this.get(i, j) > v) {
							v = this.get(i, j);
							idx[0] = i;
							idx[1] = j;
						}
					}
				}
				return idx;
			}
			min(by) {
				if (this.isEmpty()) {
					return NaN;
				}
				switch (by) {
					case "row": {
						const min = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) < min[row]) {
									min[row] = this.get(row, column);
								}
							}
						}
						return min;
					}
					case "column": {
						const min = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) < min[column]) {
									min[column] = this.get(row, column);
								}
							}
						}
						return min;
					}
					case undefined: {
						let min = this.get(0, 0);
						for (let row = 0; row < this.rows; row++) {
							for (let column = 0; column < this.columns; column++) {
								if (this.get(row, column) < min) {
									min = this.get(row, column);
								}
							}
						}
						return min;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			minIndex() {
				checkNonEmpty(this);
				let v = this.get(0, 0);
				let idx = [0, 0];
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						if (this.get(i, j) < v) {
							v = this.get(i, j);
							idx[0] = i;
							idx[1] = j;
						}
					}
				}
				return idx;
			}
			maxRow(row) {
				checkRowIndex(this, row);
				if (this.isEmpty()) {
					return NaN;
				}
				let v = this.get(row, 0);
				for (let i = 1; i < this.columns; i++) {
					if (this.get(row, i) > v) {
						v = this.get(row, i);
					}
				}
				return v;
			}
			maxRowIndex(row) {
				checkRowIndex(this, row);
				checkNonEmpty(this);
				let v = this.get(row, 0);
				let idx = [row, 0];
				for (let i = 1; i < this.columns; i++) {
					if (this.get(row, i) > v) {
						v = this.get(row, i);
						idx[1] = i;
					}
				}
				return idx;
			}
			minRow(row) {
				checkRowIndex(this, row);
				if (this.isEmpty()) {
					return NaN;
				}
				let v = this.get(row, 0);
				for (let i = 1; i < this.columns; i++) {
					if (this.get(row, i) < v) {
						v = this.get(row, i);
					}
				}
				return v;
			}
			minRowIndex(row) {
				checkRowIndex(this, row);
				checkNonEmpty(this);
				let v = this.get(row, 0);
				let idx = [row, 0];
				for (let i = 1; i < this.columns; i++) {
					if (this.get(row, i) < v) {
						v = this.get(row, i);
						idx[1] = i;
					}
				}
				return idx;
			}
			maxColumn(column) {
				checkColumnIndex(this, column);
				if (this.isEmpty()) {
					return NaN;
				}
				let v = this.get(0, column);
				for (let i = 1; i < this.rows; i++) {
					if (this.get(i, column) > v) {
						v = this.get(i, column);
					}
				}
				return v;
			}
			maxColumnIndex(column) {
				checkColumnIndex(this, column);
				checkNonEmpty(this);
				let v = this.get(0, column);
				let idx = [0, column];
				for (let i = 1; i < this.rows; i++) {
					if (this.get(i, column) > v) {
						v = this.get(i, column);
						idx[0] = i;
					}
				}
				return idx;
			}
			minColumn(column) {
				checkColumnIndex(this, column);
				if (this.isEmpty()) {
					return NaN;
				}
				let v = this.get(0, column);
				for (let i = 1; i < this.rows; i++) {
					if (this.get(i, column) < v) {
						v = this.get(i, column);
					}
				}
				return v;
			}
			minColumnIndex(column) {
				checkColumnIndex(this, column);
				checkNonEmpty(this);
				let v = this.get(0, column);
				let idx = [0, column];
				for (let i = 1; i < this.rows; i++) {
					if (this.get(i, column) < v) {
						v = this.get(i, column);
						idx[0] = i;
					}
				}
				return idx;
			}
			diag() {
				let min = Math.min(this.rows, this.columns);
				let diag = [];
				for (let i = 0; i < min; i++) {
					diag.push(this.get(i, i));
				}
				return diag;
			}
			norm(type = "frobenius") {
				switch (type) {
					case "max": return Matrix.abs(this).max();
					case "frobenius": return Math.sqrt(this.dot(this));
					default: throw new RangeError(`unknown norm type: ${type}`);
				}
			}
			cumulativeSum() {
				let sum = 0;
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						sum += this.get(i, j);
						this.set(i, j, sum);
					}
				}
				return this;
			}
			dot(vector2) {
				if (AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
				let vector1 = this.to1DArray();
				if (vector1.length !== vector2.length) {
					throw new RangeError("vectors do not have the same size");
				}
				let dot = 0;
				for (let i = 0; i < vector1.length; i++) {
					dot += vector1[i] * vector2[i];
				}
				return dot;
			}
			mmul(other) {
				other = Matrix.checkMatrix(other);
				let m = this.rows;
				let n = this.columns;
				let p = other.columns;
				let result = new Matrix(m, p);
				let Bcolj = new Float64Array(n);
				for (let j = 0; j < p; j++) {
					for (let k = 0; k < n; k++) {
						Bcolj[k] = other.get(k, j);
					}
					for (let i = 0; i < m; i++) {
						let s = 0;
						for (let k = 0; k < n; k++) {
							s += this.get(i, k) * Bcolj[k];
						}
						result.set(i, j, s);
					}
				}
				return result;
			}
			gram() {
				const rows = this.rows;
				const n = this.columns;
				const gramData = new Float64Array(n * n);
				for (let r = 0; r < rows; r++) {
					for (let i = 0; i < n; i++) {
						const value = this.get(r, i);
						if (value === 0) continue;
						const offset = i * n;
						for (let j = i; j < n; j++) {
							gramData[offset + j] += value * this.get(r, j);
						}
					}
				}
				const result = new Matrix(n, n);
				for (let i = 0; i < n; i++) {
					const offset = i * n;
					for (let j = i; j < n; j++) {
						const value = gramData[offset + j];
						result.set(i, j, value);
						result.set(j, i, value);
					}
				}
				return result;
			}
			transposeMultiply(other) {
				other = Matrix.checkMatrix(other);
				if (this.rows !== other.rows) {
					throw new RangeError("the number of rows of the two matrices must be equal");
				}
				const n = this.columns;
				const p = other.columns;
				const result = new Matrix(n, p);
				const otherRow = new Float64Array(p);
				for (let r = 0; r < this.rows; r++) {
					for (let j = 0; j < p; j++) {
						otherRow[j] = other.get(r, j);
					}
					for (let i = 0; i < n; i++) {
						const value = this.get(r, i);
						if (value === 0) continue;
						const resultRow = result.data[i];
						for (let j = 0; j < p; j++) {
							resultRow[j] += value * otherRow[j];
						}
					}
				}
				return result;
			}
			mmulByTranspose(scale) {
				let m = this.rows;
				let n = this.columns;
				if (scale !== undefined && scale.length !== n) {
					throw new RangeError("scale must have one value per column");
				}
				let result = new Matrix(m, m);
				let rowj = new Float64Array(n);
				for (let j = 0; j < m; j++) {
					if (scale === undefined) {
						for (let k = 0; k < n; k++) {
							rowj[k] = this.get(j, k);
						}
					} else {
						for (let k = 0; k < n; k++) {
							rowj[k] = scale[k] * this.get(j, k);
						}
					}
					for (let i = j; i < m; i++) {
						let s = 0;
						for (let k = 0; k < n; k++) {
							s += this.get(i, k) * rowj[k];
						}
						result.set(i, j, s);
						result.set(j, i, s);
					}
				}
				return result;
			}
			mpow(scalar) {
				if (!this.isSquare()) {
					throw new RangeError("Matrix must be square");
				}
				if (!Number.isInteger(scalar) || scalar < 0) {
					throw new RangeError("Exponent must be a non-negative integer");
				}
				let result = Matrix.eye(this.rows);
				let bb = this;
				for (let e = scalar; e >= 1; e /= 2) {
					if ((e & 1) !== 0) {
						result = result.mmul(bb);
					}
					bb = bb.mmul(bb);
				}
				return result;
			}
			strassen2x2(other) {
				other = Matrix.checkMatrix(other);
				let result = new Matrix(2, 2);
				const a11 = this.get(0, 0);
				const b11 = other.get(0, 0);
				const a12 = this.get(0, 1);
				const b12 = other.get(0, 1);
				const a21 = this.get(1, 0);
				const b21 = other.get(1, 0);
				const a22 = this.get(1, 1);
				const b22 = other.get(1, 1);
				const m1 = (a11 + a22) * (b11 + b22);
				const m2 = (a21 + a22) * b11;
				const m3 = a11 * (b12 - b22);
				const m4 = a22 * (b21 - b11);
				const m5 = (a11 + a12) * b22;
				const m6 = (a21 - a11) * (b11 + b12);
				const m7 = (a12 - a22) * (b21 + b22);
				const c00 = m1 + m4 - m5 + m7;
				const c01 = m3 + m5;
				const c10 = m2 + m4;
				const c11 = m1 - m2 + m3 + m6;
				result.set(0, 0, c00);
				result.set(0, 1, c01);
				result.set(1, 0, c10);
				result.set(1, 1, c11);
				return result;
			}
			strassen3x3(other) {
				other = Matrix.checkMatrix(other);
				let result = new Matrix(3, 3);
				const a00 = this.get(0, 0);
				const a01 = this.get(0, 1);
				const a02 = this.get(0, 2);
				const a10 = this.get(1, 0);
				const a11 = this.get(1, 1);
				const a12 = this.get(1, 2);
				const a20 = this.get(2, 0);
				const a21 = this.get(2, 1);
				const a22 = this.get(2, 2);
				const b00 = other.get(0, 0);
				const b01 = other.get(0, 1);
				const b02 = other.get(0, 2);
				const b10 = other.get(1, 0);
				const b11 = other.get(1, 1);
				const b12 = other.get(1, 2);
				const b20 = other.get(2, 0);
				const b21 = other.get(2, 1);
				const b22 = other.get(2, 2);
				const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
				const m2 = (a00 - a10) * (-b01 + b11);
				const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
				const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
				const m5 = (a10 + a11) * (-b00 + b01);
				const m6 = a00 * b00;
				const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
				const m8 = (-a00 + a20) * (b02 - b12);
				const m9 = (a20 + a21) * (-b00 + b02);
				const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
				const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
				const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
				const m13 = (a02 - a22) * (b11 - b21);
				const m14 = a02 * b20;
				const m15 = (a21 + a22) * (-b20 + b21);
				const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
				const m17 = (a02 - a12) * (b12 - b22);
				const m18 = (a11 + a12) * (-b20 + b22);
				const m19 = a01 * b10;
				const m20 = a12 * b21;
				const m21 = a10 * b02;
				const m22 = a20 * b01;
				const m23 = a22 * b22;
				const c00 = m6 + m14 + m19;
				const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
				const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
				const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
				const c11 = m2 + m4 + m5 + m6 + m20;
				const c12 = m14 + m16 + m17 + m18 + m21;
				const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
				const c21 = m12 + m13 + m14 + m15 + m22;
				const c22 = m6 + m7 + m8 + m9 + m23;
				result.set(0, 0, c00);
				result.set(0, 1, c01);
				result.set(0, 2, c02);
				result.set(1, 0, c10);
				result.set(1, 1, c11);
				result.set(1, 2, c12);
				result.set(2, 0, c20);
				result.set(2, 1, c21);
				result.set(2, 2, c22);
				return result;
			}
			mmulStrassen(y) {
				y = Matrix.checkMatrix(y);
				let x = this.clone();
				let r1 = x.rows;
				let c1 = x.columns;
				let r2 = y.rows;
				let c2 = y.columns;
				if (c1 !== r2) {
					console.warn(`Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`);
				}
				function embed(mat, rows, cols) {
					let r = mat.rows;
					let c = mat.columns;
					if (r === rows && c === cols) {
						return mat;
					} else {
						let resultat = AbstractMatrix.zeros(rows, cols);
						resultat = resultat.setSubMatrix(mat, 0, 0);
						return resultat;
					}
				}
				let r = Math.max(r1, r2);
				let c = Math.max(c1, c2);
				x = embed(x, r, c);
				y = embed(y, r, c);
				function blockMult(a, b, rows, cols) {
					if (rows <= 512 || cols <= 512) {
						return a.mmul(b);
					}
					if (rows % 2 === 1 && cols % 2 === 1) {
						a = embed(a, rows + 1, cols + 1);
						b = embed(b, rows + 1, cols + 1);
					} else if (rows % 2 === 1) {
						a = embed(a, rows + 1, cols);
						b = embed(b, rows + 1, cols);
					} else if (cols % 2 === 1) {
						a = embed(a, rows, cols + 1);
						b = embed(b, rows, cols + 1);
					}
					let halfRows = parseInt(a.rows / 2, 10);
					let halfCols = parseInt(a.columns / 2, 10);
					let a11 = a.subMatrix(0, halfRows - 1, 0, halfCols - 1);
					let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
					let a12 = a.subMatrix(0, halfRows - 1, halfCols, a.columns - 1);
					let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
					let a21 = a.subMatrix(halfRows, a.rows - 1, 0, halfCols - 1);
					let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
					let a22 = a.subMatrix(halfRows, a.rows - 1, halfCols, a.columns - 1);
					let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
					let m1 = blockMult(AbstractMatrix.add(a11, a22), AbstractMatrix.add(b11, b22), halfRows, halfCols);
					let m2 = blockMult(AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
					let m3 = blockMult(a11, AbstractMatrix.sub(b12, b22), halfRows, halfCols);
					let m4 = blockMult(a22, AbstractMatrix.sub(b21, b11), halfRows, halfCols);
					let m5 = blockMult(AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
					let m6 = blockMult(AbstractMatrix.sub(a21, a11), AbstractMatrix.add(b11, b12), halfRows, halfCols);
					let m7 = blockMult(AbstractMatrix.sub(a12, a22), AbstractMatrix.add(b21, b22), halfRows, halfCols);
					let c11 = AbstractMatrix.add(m1, m4);
					c11.sub(m5);
					c11.add(m7);
					let c12 = AbstractMatrix.add(m3, m5);
					let c21 = AbstractMatrix.add(m2, m4);
					let c22 = AbstractMatrix.sub(m1, m2);
					c22.add(m3);
					c22.add(m6);
					let result = AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
					result = result.setSubMatrix(c11, 0, 0);
					result = result.setSubMatrix(c12, c11.rows, 0);
					result = result.setSubMatrix(c21, 0, c11.columns);
					result = result.setSubMatrix(c22, c11.rows, c11.columns);
					return result.subMatrix(0, rows - 1, 0, cols - 1);
				}
				return blockMult(x, y, r, c);
			}
			scaleRows(options = {}) {
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { min = 0, max = 1 } = options;
				if (!Number.isFinite(min)) throw new TypeError("min must be a number");
				if (!Number.isFinite(max)) throw new TypeError("max must be a number");
				if (min >= max) throw new RangeError("min must be smaller than max");
				let newMatrix = new Matrix(this.rows, this.columns);
				for (let i = 0; i < this.rows; i++) {
					const row = this.getRow(i);
					if (row.length > 0) {
						rescale(row, {
							min,
							max,
							output: row
						});
					}
					newMatrix.setRow(i, row);
				}
				return newMatrix;
			}
			scaleColumns(options = {}) {
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { min = 0, max = 1 } = options;
				if (!Number.isFinite(min)) throw new TypeError("min must be a number");
				if (!Number.isFinite(max)) throw new TypeError("max must be a number");
				if (min >= max) throw new RangeError("min must be smaller than max");
				let newMatrix = new Matrix(this.rows, this.columns);
				for (let i = 0; i < this.columns; i++) {
					const column = this.getColumn(i);
					if (column.length) {
						rescale(column, {
							min,
							max,
							output: column
						});
					}
					newMatrix.setColumn(i, column);
				}
				return newMatrix;
			}
			flipRows() {
				const middle = Math.ceil(this.columns / 2);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < middle; j++) {
						let first = this.get(i, j);
						let last = this.get(i, this.columns - 1 - j);
						this.set(i, j, last);
						this.set(i, this.columns - 1 - j, first);
					}
				}
				return this;
			}
			flipColumns() {
				const middle = Math.ceil(this.rows / 2);
				for (let j = 0; j < this.columns; j++) {
					for (let i = 0; i < middle; i++) {
						let first = this.get(i, j);
						let last = this.get(this.rows - 1 - i, j);
						this.set(i, j, last);
						this.set(this.rows - 1 - i, j, first);
					}
				}
				return this;
			}
			kroneckerProduct(other) {
				other = Matrix.checkMatrix(other);
				let m = this.rows;
				let n = this.columns;
				let p = other.rows;
				let q = other.columns;
				let result = new Matrix(m * p, n * q);
				for (let i = 0; i < m; i++) {
					for (let j = 0; j < n; j++) {
						for (let k = 0; k < p; k++) {
							for (let l = 0; l < q; l++) {
								result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
							}
						}
					}
				}
				return result;
			}
			kroneckerSum(other) {
				other = Matrix.checkMatrix(other);
				if (!this.isSquare() || !other.isSquare()) {
					throw new Error("Kronecker Sum needs two Square Matrices");
				}
				let m = this.rows;
				let n = other.rows;
				let AxI = this.kroneckerProduct(Matrix.eye(n, n));
				let IxB = Matrix.eye(m, m).kroneckerProduct(other);
				return AxI.add(IxB);
			}
			transpose() {
				let result = new Matrix(this.columns, this.rows);
				for (let i = 0; i < this.rows; i++) {
					for (let j = 0; j < this.columns; j++) {
						result.set(j, i, this.get(i, j));
					}
				}
				return result;
			}
			sortRows(compareFunction = compareNumbers) {
				for (let i = 0; i < this.rows; i++) {
					this.setRow(i, this.getRow(i).sort(compareFunction));
				}
				return this;
			}
			sortColumns(compareFunction = compareNumbers) {
				for (let i = 0; i < this.columns; i++) {
					this.setColumn(i, this.getColumn(i).sort(compareFunction));
				}
				return this;
			}
			subMatrix(startRow, endRow, startColumn, endColumn) {
				checkRange(this, startRow, endRow, startColumn, endColumn);
				let newMatrix = new Matrix(endRow - startRow + 1, endColumn - startColumn + 1);
				for (let i = startRow; i <= endRow; i++) {
					for (let j = startColumn; j <= endColumn; j++) {
						newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
					}
				}
				return newMatrix;
			}
			subMatrixRow(indices, startColumn, endColumn) {
				if (startColumn === undefined) startColumn = 0;
				if (endColumn === undefined) endColumn = this.columns - 1;
				if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) {
					throw new RangeError("Argument out of range");
				}
				let newMatrix = new Matrix(indices.length, endColumn - startColumn + 1);
				for (let i = 0; i < indices.length; i++) {
					for (let j = startColumn; j <= endColumn; j++) {
						if (indices[i] < 0 || indices[i] >= this.rows) {
							throw new RangeError(`Row index out of range: ${indices[i]}`);
						}
						newMatrix.set(i, j - startColumn, this.get(indices[i], j));
					}
				}
				return newMatrix;
			}
			subMatrixColumn(indices, startRow, endRow) {
				if (startRow === undefined) startRow = 0;
				if (endRow === undefined) endRow = this.rows - 1;
				if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) {
					throw new RangeError("Argument out of range");
				}
				let newMatrix = new Matrix(endRow - startRow + 1, indices.length);
				for (let i = 0; i < indices.length; i++) {
					for (let j = startRow; j <= endRow; j++) {
						if (indices[i] < 0 || indices[i] >= this.columns) {
							throw new RangeError(`Column index out of range: ${indices[i]}`);
						}
						newMatrix.set(j - startRow, i, this.get(j, indices[i]));
					}
				}
				return newMatrix;
			}
			setSubMatrix(matrix, startRow, startColumn) {
				matrix = Matrix.checkMatrix(matrix);
				if (matrix.isEmpty()) {
					return this;
				}
				let endRow = startRow + matrix.rows - 1;
				let endColumn = startColumn + matrix.columns - 1;
				checkRange(this, startRow, endRow, startColumn, endColumn);
				for (let i = 0; i < matrix.rows; i++) {
					for (let j = 0; j < matrix.columns; j++) {
						this.set(startRow + i, startColumn + j, matrix.get(i, j));
					}
				}
				return this;
			}
			concat(other, by = "row") {
				other = Matrix.checkMatrix(other);
				switch (by) {
					case "row": {
						if (this.columns !== other.columns) {
							throw new RangeError("both matrices must have the same number of columns");
						}
						const result = new Matrix(this.rows + other.rows, this.columns);
						result.setSubMatrix(this, 0, 0);
						result.setSubMatrix(other, this.rows, 0);
						return result;
					}
					case "column": {
						if (this.rows !== other.rows) {
							throw new RangeError("both matrices must have the same number of rows");
						}
						const result = new Matrix(this.rows, this.columns + other.columns);
						result.setSubMatrix(this, 0, 0);
						result.setSubMatrix(other, 0, this.columns);
						return result;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			selection(rowIndices, columnIndices) {
				checkRowIndices(this, rowIndices);
				checkColumnIndices(this, columnIndices);
				let newMatrix = new Matrix(rowIndices.length, columnIndices.length);
				for (let i = 0; i < rowIndices.length; i++) {
					let rowIndex = rowIndices[i];
					for (let j = 0; j < columnIndices.length; j++) {
						let columnIndex = columnIndices[j];
						newMatrix.set(i, j, this.get(rowIndex, columnIndex));
					}
				}
				return newMatrix;
			}
			trace() {
				let min = Math.min(this.rows, this.columns);
				let trace = 0;
				for (let i = 0; i < min; i++) {
					trace += this.get(i, i);
				}
				return trace;
			}
			clone() {
				return this.constructor.copy(this, new Matrix(this.rows, this.columns));
			}
			static copy(from, to) {
				for (const [row, column, value] of from.entries()) {
					to.set(row, column, value);
				}
				return to;
			}
			sum(by) {
				switch (by) {
					case "row": return sumByRow(this);
					case "column": return sumByColumn(this);
					case undefined: return sumAll(this);
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			product(by) {
				switch (by) {
					case "row": return productByRow(this);
					case "column": return productByColumn(this);
					case undefined: return productAll(this);
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			mean(by) {
				const sum = this.sum(by);
				switch (by) {
					case "row": {
						for (let i = 0; i < this.rows; i++) {
							sum[i] /= this.columns;
						}
						return sum;
					}
					case "column": {
						for (let i = 0; i < this.columns; i++) {
							sum[i] /= this.rows;
						}
						return sum;
					}
					case undefined: return sum / this.size;
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			variance(by, options = {}) {
				if (typeof by === "object") {
					options = by;
					by = undefined;
				}
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { unbiased = true, mean = this.mean(by) } = options;
				if (typeof unbiased !== "boolean") {
					throw new TypeError("unbiased must be a boolean");
				}
				switch (by) {
					case "row": {
						if (!isAnyArray(mean)) {
							throw new TypeError("mean must be an array");
						}
						return varianceByRow(this, unbiased, mean);
					}
					case "column": {
						if (!isAnyArray(mean)) {
							throw new TypeError("mean must be an array");
						}
						return varianceByColumn(this, unbiased, mean);
					}
					case undefined: {
						if (typeof mean !== "number") {
							throw new TypeError("mean must be a number");
						}
						return varianceAll(this, unbiased, mean);
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			standardDeviation(by, options) {
				if (typeof by === "object") {
					options = by;
					by = undefined;
				}
				const variance = this.variance(by, options);
				if (by === undefined) {
					return Math.sqrt(variance);
				} else {
					for (let i = 0; i < variance.length; i++) {
						variance[i] = Math.sqrt(variance[i]);
					}
					return variance;
				}
			}
			center(by, options = {}) {
				if (typeof by === "object") {
					options = by;
					by = undefined;
				}
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				const { center = this.mean(by) } = options;
				switch (by) {
					case "row": {
						if (!isAnyArray(center)) {
							throw new TypeError("center must be an array");
						}
						centerByRow(this, center);
						return this;
					}
					case "column": {
						if (!isAnyArray(center)) {
							throw new TypeError("center must be an array");
						}
						centerByColumn(this, center);
						return this;
					}
					case undefined: {
						if (typeof center !== "number") {
							throw new TypeError("center must be a number");
						}
						centerAll(this, center);
						return this;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			scale(by, options = {}) {
				if (typeof by === "object") {
					options = by;
					by = undefined;
				}
				if (typeof options !== "object") {
					throw new TypeError("options must be an object");
				}
				let scale = options.scale;
				switch (by) {
					case "row": {
						if (scale === undefined) {
							scale = getScaleByRow(this);
						} else if (!isAnyArray(scale)) {
							throw new TypeError("scale must be an array");
						}
						scaleByRow(this, scale);
						return this;
					}
					case "column": {
						if (scale === undefined) {
							scale = getScaleByColumn(this);
						} else if (!isAnyArray(scale)) {
							throw new TypeError("scale must be an array");
						}
						scaleByColumn(this, scale);
						return this;
					}
					case undefined: {
						if (scale === undefined) {
							scale = getScaleAll(this);
						} else if (typeof scale !== "number") {
							throw new TypeError("scale must be a number");
						}
						scaleAll(this, scale);
						return this;
					}
					default: throw new Error(`invalid option: ${by}`);
				}
			}
			toString(options) {
				return inspectMatrixWithOptions(this, options);
			}
			[Symbol.iterator]() {
				return this.entries();
			}
			*entries() {
				for (let row = 0; row < this.rows; row++) {
					for (let col = 0; col < this.columns; col++) {
						yield [
							row,
							col,
							this.get(row, col)
						];
					}
				}
			}
			*values() {
				for (let row = 0; row < this.rows; row++) {
					for (let col = 0; col < this.columns; col++) {
						yield this.get(row, col);
					}
				}
			}
		}
		AbstractMatrix.prototype.klass = "Matrix";
		if (typeof Symbol !== "undefined") {
			AbstractMatrix.prototype[Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
		}
		function compareNumbers(a, b) {
			return a - b;
		}
		function isArrayOfNumbers(array) {
			return array.every((element) => {
				return typeof element === "number";
			});
		}
		AbstractMatrix.random = AbstractMatrix.rand;
		AbstractMatrix.randomInt = AbstractMatrix.randInt;
		AbstractMatrix.diagonal = AbstractMatrix.diag;
		AbstractMatrix.prototype.diagonal = AbstractMatrix.prototype.diag;
		AbstractMatrix.identity = AbstractMatrix.eye;
		AbstractMatrix.prototype.negate = AbstractMatrix.prototype.neg;
		AbstractMatrix.prototype.tensorProduct = AbstractMatrix.prototype.kroneckerProduct;
		class Matrix extends AbstractMatrix {
			data;
			#initData(nRows, nColumns) {
				this.data = [];
				if (Number.isInteger(nColumns) && nColumns >= 0) {
					for (let i = 0; i < nRows; i++) {
						this.data.push(new Float64Array(nColumns));
					}
				} else {
					throw new TypeError("nColumns must be a positive integer");
				}
				this.rows = nRows;
				this.columns = nColumns;
			}
			constructor(nRows, nColumns) {
				super();
				if (Matrix.isMatrix(nRows)) {
					this.#initData(nRows.rows, nRows.columns);
					Matrix.copy(nRows, this);
				} else if (Number.isInteger(nRows) && nRows >= 0) {
					this.#initData(nRows, nColumns);
				} else if (isAnyArray(nRows)) {
					const arrayData = nRows;
					nRows = arrayData.length;
					nColumns = nRows ? arrayData[0].length : 0;
					if (typeof nColumns !== "number") {
						throw new TypeError("Data must be a 2D array with at least one element");
					}
					this.data = [];
					for (let i = 0; i < nRows; i++) {
						if (arrayData[i].length !== nColumns) {
							throw new RangeError("Inconsistent array dimensions");
						}
						if (!isArrayOfNumbers(arrayData[i])) {
							throw new TypeError("Input data contains non-numeric values");
						}
						this.data.push(Float64Array.from(arrayData[i]));
					}
					this.rows = nRows;
					this.columns = nColumns;
				} else {
					throw new TypeError("First argument must be a positive number or an array");
				}
			}
			set(rowIndex, columnIndex, value) {
				this.data[rowIndex][columnIndex] = value;
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.data[rowIndex][columnIndex];
			}
			removeRow(index) {
				checkRowIndex(this, index);
				this.data.splice(index, 1);
				this.rows -= 1;
				return this;
			}
			addRow(index, array) {
				if (array === undefined) {
					array = index;
					index = this.rows;
				}
				checkRowIndex(this, index, true);
				array = Float64Array.from(checkRowVector(this, array));
				this.data.splice(index, 0, array);
				this.rows += 1;
				return this;
			}
			removeColumn(index) {
				checkColumnIndex(this, index);
				for (let i = 0; i < this.rows; i++) {
					const newRow = new Float64Array(this.columns - 1);
					for (let j = 0; j < index; j++) {
						newRow[j] = this.data[i][j];
					}
					for (let j = index + 1; j < this.columns; j++) {
						newRow[j - 1] = this.data[i][j];
					}
					this.data[i] = newRow;
				}
				this.columns -= 1;
				return this;
			}
			addColumn(index, array) {
				if (typeof array === "undefined") {
					array = index;
					index = this.columns;
				}
				checkColumnIndex(this, index, true);
				array = checkColumnVector(this, array);
				for (let i = 0; i < this.rows; i++) {
					const newRow = new Float64Array(this.columns + 1);
					let j = 0;
					for (; j < index; j++) {
						newRow[j] = this.data[i][j];
					}
					newRow[j++] = array[i];
					for (; j < this.columns + 1; j++) {
						newRow[j] = this.data[i][j - 1];
					}
					this.data[i] = newRow;
				}
				this.columns += 1;
				return this;
			}
		}
		installMathOperations(AbstractMatrix, Matrix);
		class SymmetricMatrix extends AbstractMatrix {
			#matrix;
			get size() {
				return this.#matrix.size;
			}
			get rows() {
				return this.#matrix.rows;
			}
			get columns() {
				return this.#matrix.columns;
			}
			get diagonalSize() {
				return this.rows;
			}
			static isSymmetricMatrix(value) {
				return Matrix.isMatrix(value) && value.klassType === "SymmetricMatrix";
			}
			static zeros(diagonalSize) {
				return new this(diagonalSize);
			}
			static ones(diagonalSize) {
				return new this(diagonalSize).fill(1);
			}
			constructor(diagonalSize) {
				super();
				if (Matrix.isMatrix(diagonalSize)) {
					if (!diagonalSize.isSymmetric()) {
						throw new TypeError("not symmetric data");
					}
					this.#matrix = Matrix.copy(diagonalSize, new Matrix(diagonalSize.rows, diagonalSize.rows));
				} else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) {
					this.#matrix = new Matrix(diagonalSize, diagonalSize);
				} else {
					this.#matrix = new Matrix(diagonalSize);
					if (!this.isSymmetric()) {
						throw new TypeError("not symmetric data");
					}
				}
			}
			clone() {
				const matrix = new SymmetricMatrix(this.diagonalSize);
				for (const [row, col, value] of this.upperRightEntries()) {
					matrix.set(row, col, value);
				}
				return matrix;
			}
			toMatrix() {
				return new Matrix(this);
			}
			get(rowIndex, columnIndex) {
				return this.#matrix.get(rowIndex, columnIndex);
			}
			set(rowIndex, columnIndex, value) {
				this.#matrix.set(rowIndex, columnIndex, value);
				this.#matrix.set(columnIndex, rowIndex, value);
				return this;
			}
			removeCross(index) {
				this.#matrix.removeRow(index);
				this.#matrix.removeColumn(index);
				return this;
			}
			addCross(index, array) {
				if (array === undefined) {
					array = index;
					index = this.diagonalSize;
				}
				const row = array.slice();
				row.splice(index, 1);
				this.#matrix.addRow(index, row);
				this.#matrix.addColumn(index, array);
				return this;
			}
			applyMask(mask) {
				if (mask.length !== this.diagonalSize) {
					throw new RangeError("Mask size do not match with matrix size");
				}
				const sidesToRemove = [];
				for (const [index, passthroughs] of mask.entries()) {
					if (passthroughs) continue;
					sidesToRemove.push(index);
				}
				sidesToRemove.reverse();
				for (const sideIndex of sidesToRemove) {
					this.removeCross(sideIndex);
				}
				return this;
			}
			toCompact() {
				const { diagonalSize } = this;
				const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
				for (let col = 0, row = 0, index = 0; index < compact.length; index++) {
					compact[index] = this.get(row, col);
					if (++col >= diagonalSize) col = ++row;
				}
				return compact;
			}
			static fromCompact(compact) {
				const compactSize = compact.length;
				const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
				if (!Number.isInteger(diagonalSize)) {
					throw new TypeError(`This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(compact)}`);
				}
				const matrix = new SymmetricMatrix(diagonalSize);
				for (let col = 0, row = 0, index = 0; index < compactSize; index++) {
					matrix.set(col, row, compact[index]);
					if (++col >= diagonalSize) col = ++row;
				}
				return matrix;
			}
			*upperRightEntries() {
				for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
					const value = this.get(row, col);
					yield [
						row,
						col,
						value
					];
					if (++col >= this.diagonalSize) col = ++row;
				}
			}
			*upperRightValues() {
				for (let row = 0, col = 0; row < this.diagonalSize; void 0) {
					const value = this.get(row, col);
					yield value;
					if (++col >= this.diagonalSize) col = ++row;
				}
			}
		}
		SymmetricMatrix.prototype.klassType = "SymmetricMatrix";
		class DistanceMatrix extends SymmetricMatrix {
			static isDistanceMatrix(value) {
				return SymmetricMatrix.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
			}
			constructor(sideSize) {
				super(sideSize);
				if (!this.isDistance()) {
					throw new TypeError("Provided arguments do no produce a distance matrix");
				}
			}
			set(rowIndex, columnIndex, value) {
				if (rowIndex === columnIndex) value = 0;
				return super.set(rowIndex, columnIndex, value);
			}
			addCross(index, array) {
				if (array === undefined) {
					array = index;
					index = this.diagonalSize;
				}
				array = array.slice();
				array[index] = 0;
				return super.addCross(index, array);
			}
			toSymmetricMatrix() {
				return new SymmetricMatrix(this);
			}
			clone() {
				const matrix = new DistanceMatrix(this.diagonalSize);
				for (const [row, col, value] of this.upperRightEntries()) {
					if (row === col) continue;
					matrix.set(row, col, value);
				}
				return matrix;
			}
			toCompact() {
				const { diagonalSize } = this;
				const compactLength = (diagonalSize - 1) * diagonalSize / 2;
				const compact = new Array(compactLength);
				for (let col = 1, row = 0, index = 0; index < compact.length; index++) {
					compact[index] = this.get(row, col);
					if (++col >= diagonalSize) col = ++row + 1;
				}
				return compact;
			}
			static fromCompact(compact) {
				const compactSize = compact.length;
				if (compactSize === 0) {
					return new this(0);
				}
				const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
				if (!Number.isInteger(diagonalSize)) {
					throw new TypeError(`This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(compact)}`);
				}
				const matrix = new this(diagonalSize);
				for (let col = 1, row = 0, index = 0; index < compactSize; index++) {
					matrix.set(col, row, compact[index]);
					if (++col >= diagonalSize) col = ++row + 1;
				}
				return matrix;
			}
		}
		DistanceMatrix.prototype.klassSubType = "DistanceMatrix";
		class BaseView extends AbstractMatrix {
			constructor(matrix, rows, columns) {
				super();
				this.matrix = matrix;
				this.rows = rows;
				this.columns = columns;
			}
		}
		class MatrixColumnView extends BaseView {
			constructor(matrix, column) {
				checkColumnIndex(matrix, column);
				super(matrix, matrix.rows, 1);
				this.column = column;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(rowIndex, this.column, value);
				return this;
			}
			get(rowIndex) {
				return this.matrix.get(rowIndex, this.column);
			}
		}
		class MatrixColumnSelectionView extends BaseView {
			constructor(matrix, columnIndices) {
				checkColumnIndices(matrix, columnIndices);
				super(matrix, matrix.rows, columnIndices.length);
				this.columnIndices = columnIndices;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(rowIndex, this.columnIndices[columnIndex], value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(rowIndex, this.columnIndices[columnIndex]);
			}
		}
		class MatrixFlipColumnView extends BaseView {
			constructor(matrix) {
				super(matrix, matrix.rows, matrix.columns);
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(rowIndex, this.columns - columnIndex - 1, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(rowIndex, this.columns - columnIndex - 1);
			}
		}
		class MatrixFlipRowView extends BaseView {
			constructor(matrix) {
				super(matrix, matrix.rows, matrix.columns);
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(this.rows - rowIndex - 1, columnIndex, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(this.rows - rowIndex - 1, columnIndex);
			}
		}
		class MatrixRowView extends BaseView {
			constructor(matrix, row) {
				checkRowIndex(matrix, row);
				super(matrix, 1, matrix.columns);
				this.row = row;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(this.row, columnIndex, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(this.row, columnIndex);
			}
		}
		class MatrixRowSelectionView extends BaseView {
			constructor(matrix, rowIndices) {
				checkRowIndices(matrix, rowIndices);
				super(matrix, rowIndices.length, matrix.columns);
				this.rowIndices = rowIndices;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(this.rowIndices[rowIndex], columnIndex, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(this.rowIndices[rowIndex], columnIndex);
			}
		}
		class MatrixSelectionView extends BaseView {
			constructor(matrix, rowIndices, columnIndices) {
				checkRowIndices(matrix, rowIndices);
				checkColumnIndices(matrix, columnIndices);
				super(matrix, rowIndices.length, columnIndices.length);
				this.rowIndices = rowIndices;
				this.columnIndices = columnIndices;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(this.rowIndices[rowIndex], this.columnIndices[columnIndex], value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(this.rowIndices[rowIndex], this.columnIndices[columnIndex]);
			}
		}
		class MatrixSubView extends BaseView {
			constructor(matrix, startRow, endRow, startColumn, endColumn) {
				checkRange(matrix, startRow, endRow, startColumn, endColumn);
				super(matrix, endRow - startRow + 1, endColumn - startColumn + 1);
				this.startRow = startRow;
				this.startColumn = startColumn;
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(this.startRow + rowIndex, this.startColumn + columnIndex, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(this.startRow + rowIndex, this.startColumn + columnIndex);
			}
		}
		class MatrixTransposeView extends BaseView {
			constructor(matrix) {
				super(matrix, matrix.columns, matrix.rows);
			}
			set(rowIndex, columnIndex, value) {
				this.matrix.set(columnIndex, rowIndex, value);
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.matrix.get(columnIndex, rowIndex);
			}
		}
		class WrapperMatrix1D extends AbstractMatrix {
			constructor(data, options = {}) {
				const { rows = 1 } = options;
				if (data.length % rows !== 0) {
					throw new Error("the data length is not divisible by the number of rows");
				}
				super();
				this.rows = rows;
				this.columns = data.length / rows;
				this.data = data;
			}
			set(rowIndex, columnIndex, value) {
				let index = this._calculateIndex(rowIndex, columnIndex);
				this.data[index] = value;
				return this;
			}
			get(rowIndex, columnIndex) {
				let index = this._calculateIndex(rowIndex, columnIndex);
				return this.data[index];
			}
			_calculateIndex(row, column) {
				return row * this.columns + column;
			}
		}
		class WrapperMatrix2D extends AbstractMatrix {
			constructor(data) {
				super();
				this.data = data;
				this.rows = data.length;
				this.columns = data[0].length;
			}
			set(rowIndex, columnIndex, value) {
				this.data[rowIndex][columnIndex] = value;
				return this;
			}
			get(rowIndex, columnIndex) {
				return this.data[rowIndex][columnIndex];
			}
		}
		function wrap(array, options) {
			if (isAnyArray(array)) {
				if (array[0] && isAnyArray(array[0])) {
					return new WrapperMatrix2D(array);
				} else {
					return new WrapperMatrix1D(array, options);
				}
			} else {
				throw new Error("the argument is not an array");
			}
		}
		class LuDecomposition {
			constructor(matrix) {
				matrix = WrapperMatrix2D.checkMatrix(matrix);
				let lu = matrix.clone();
				let rows = lu.rows;
				let columns = lu.columns;
				let pivotVector = new Float64Array(rows);
				let pivotSign = 1;
				let i, j, k, p, s, t, v;
				let LUcolj, kmax;
				for (i = 0; i < rows; i++) {
					pivotVector[i] = i;
				}
				LUcolj = new Float64Array(rows);
				for (j = 0; j < columns; j++) {
					for (i = 0; i < rows; i++) {
						LUcolj[i] = lu.get(i, j);
					}
					for (i = 0; i < rows; i++) {
						kmax = Math.min(i, j);
						s = 0;
						for (k = 0; k < kmax; k++) {
							s += lu.get(i, k) * LUcolj[k];
						}
						LUcolj[i] -= s;
						lu.set(i, j, LUcolj[i]);
					}
					p = j;
					for (i = j + 1; i < rows; i++) {
						if (Math.abs(LUcolj[i]) > Math.abs(LUcolj[p])) {
							p = i;
						}
					}
					if (p !== j) {
						for (k = 0; k < columns; k++) {
							t = lu.get(p, k);
							lu.set(p, k, lu.get(j, k));
							lu.set(j, k, t);
						}
						v = pivotVector[p];
						pivotVector[p] = pivotVector[j];
						pivotVector[j] = v;
						pivotSign = -pivotSign;
					}
					if (j < rows && lu.get(j, j) !== 0) {
						for (i = j + 1; i < rows; i++) {
							lu.set(i, j, lu.get(i, j) / lu.get(j, j));
						}
					}
				}
				this.LU = lu;
				this.pivotVector = pivotVector;
				this.pivotSign = pivotSign;
			}
			isSingular() {
				let data = this.LU;
				let col = data.columns;
				for (let j = 0; j < col; j++) {
					if (data.get(j, j) === 0) {
						return true;
					}
				}
				return false;
			}
			solve(value) {
				value = Matrix.checkMatrix(value);
				let lu = this.LU;
				let rows = lu.rows;
				if (rows !== value.rows) {
					throw new Error("Invalid matrix dimensions");
				}
				if (this.isSingular()) {
					throw new Error("LU matrix is singular");
				}
				let count = value.columns;
				let X = value.subMatrixRow(this.pivotVector, 0, count - 1);
				let columns = lu.columns;
				let i, j, k;
				for (k = 0; k < columns; k++) {
					for (i = k + 1; i < columns; i++) {
						for (j = 0; j < count; j++) {
							X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
						}
					}
				}
				for (k = columns - 1; k >= 0; k--) {
					for (j = 0; j < count; j++) {
						X.set(k, j, X.get(k, j) / lu.get(k, k));
					}
					for (i = 0; i < k; i++) {
						for (j = 0; j < count; j++) {
							X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
						}
					}
				}
				return X;
			}
			get determinant() {
				let data = this.LU;
				if (!data.isSquare()) {
					throw new Error("Matrix must be square");
				}
				let determinant = this.pivotSign;
				let col = data.columns;
				for (let j = 0; j < col; j++) {
					determinant *= data.get(j, j);
				}
				return determinant;
			}
			get lowerTriangularMatrix() {
				let data = this.LU;
				let rows = data.rows;
				let columns = data.columns;
				let X = new Matrix(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						if (i > j) {
							X.set(i, j, data.get(i, j));
						} else if (i === j) {
							X.set(i, j, 1);
						} else {
							X.set(i, j, 0);
						}
					}
				}
				return X;
			}
			get upperTriangularMatrix() {
				let data = this.LU;
				let rows = data.rows;
				let columns = data.columns;
				let X = new Matrix(rows, columns);
				for (let i = 0; i < rows; i++) {
					for (let j = 0; j < columns; j++) {
						if (i <= j) {
							X.set(i, j, data.get(i, j));
						} else {
							X.set(i, j, 0);
						}
					}
				}
				return X;
			}
			get pivotPermutationVector() {
				return Array.from(this.pivotVector);
			}
		}
		function transposeSquareInPlace(matrix) {
			const data = matrix.data;
			const n = matrix.rows;
			for (let i = 0; i < n; i++) {
				const rowI = data[i];
				for (let j = i + 1; j < n; j++) {
					const tmp = rowI[j];
					rowI[j] = data[j][i];
					data[j][i] = tmp;
				}
			}
			return matrix;
		}
		function hypotenuse(a, b) {
			let r = 0;
			if (Math.abs(a) > Math.abs(b)) {
				r = b / a;
				return Math.abs(a) * Math.sqrt(1 + r * r);
			}
			if (b !== 0) {
				r = a / b;
				return Math.abs(b) * Math.sqrt(1 + r * r);
			}
			return 0;
		}
		class QrDecomposition {
			constructor(value) {
				value = WrapperMatrix2D.checkMatrix(value);
				let qr = value.clone();
				let m = value.rows;
				let n = value.columns;
				let rdiag = new Float64Array(n);
				let i, j, k, s;
				for (k = 0; k < n; k++) {
					let nrm = 0;
					for (i = k; i < m; i++) {
						nrm = hypotenuse(nrm, qr.get(i, k));
					}
					if (nrm !== 0) {
						if (qr.get(k, k) < 0) {
							nrm = -nrm;
						}
						for (i = k; i < m; i++) {
							qr.set(i, k, qr.get(i, k) / nrm);
						}
						qr.set(k, k, qr.get(k, k) + 1);
						for (j = k + 1; j < n; j++) {
							s = 0;
							for (i = k; i < m; i++) {
								s += qr.get(i, k) * qr.get(i, j);
							}
							s = -s / qr.get(k, k);
							for (i = k; i < m; i++) {
								qr.set(i, j, qr.get(i, j) + s * qr.get(i, k));
							}
						}
					}
					rdiag[k] = -nrm;
				}
				this.QR = qr;
				this.Rdiag = rdiag;
			}
			solve(value) {
				value = Matrix.checkMatrix(value);
				let qr = this.QR;
				let m = qr.rows;
				if (value.rows !== m) {
					throw new Error("Matrix row dimensions must agree");
				}
				if (!this.isFullRank()) {
					throw new Error("Matrix is rank deficient");
				}
				let count = value.columns;
				let X = value.clone();
				let n = qr.columns;
				let i, j, k, s;
				for (k = 0; k < n; k++) {
					for (j = 0; j < count; j++) {
						s = 0;
						for (i = k; i < m; i++) {
							s += qr.get(i, k) * X.get(i, j);
						}
						s = -s / qr.get(k, k);
						for (i = k; i < m; i++) {
							X.set(i, j, X.get(i, j) + s * qr.get(i, k));
						}
					}
				}
				for (k = n - 1; k >= 0; k--) {
					for (j = 0; j < count; j++) {
						X.set(k, j, X.get(k, j) / this.Rdiag[k]);
					}
					for (i = 0; i < k; i++) {
						for (j = 0; j < count; j++) {
							X.set(i, j, X.get(i, j) - X.get(k, j) * qr.get(i, k));
						}
					}
				}
				return X.subMatrix(0, n - 1, 0, count - 1);
			}
			isFullRank() {
				let columns = this.QR.columns;
				for (let i = 0; i < columns; i++) {
					if (this.Rdiag[i] === 0) {
						return false;
					}
				}
				return true;
			}
			get upperTriangularMatrix() {
				let qr = this.QR;
				let n = qr.columns;
				let X = new Matrix(n, n);
				let i, j;
				for (i = 0; i < n; i++) {
					for (j = 0; j < n; j++) {
						if (i < j) {
							X.set(i, j, qr.get(i, j));
						} else if (i === j) {
							X.set(i, j, this.Rdiag[i]);
						} else {
							X.set(i, j, 0);
						}
					}
				}
				return X;
			}
			get orthogonalMatrix() {
				let qr = this.QR;
				let rows = qr.rows;
				let columns = qr.columns;
				let X = new Matrix(rows, columns);
				let i, j, k, s;
				for (k = columns - 1; k >= 0; k--) {
					for (i = 0; i < rows; i++) {
						X.set(i, k, 0);
					}
					X.set(k, k, 1);
					for (j = k; j < columns; j++) {
						if (qr.get(k, k) !== 0) {
							s = 0;
							for (i = k; i < rows; i++) {
								s += qr.get(i, k) * X.get(i, j);
							}
							s = -s / qr.get(k, k);
							for (i = k; i < rows; i++) {
								X.set(i, j, X.get(i, j) + s * qr.get(i, k));
							}
						}
					}
				}
				return X;
			}
		}
		class SingularValueDecomposition {
			constructor(value, options = {}) {
				value = WrapperMatrix2D.checkMatrix(value);
				if (value.isEmpty()) {
					throw new Error("Matrix must be non-empty");
				}
				let m = value.rows;
				let n = value.columns;
				const { computeLeftSingularVectors = true, computeRightSingularVectors = true, autoTranspose = false } = options;
				let wantu = Boolean(computeLeftSingularVectors);
				let wantv = Boolean(computeRightSingularVectors);
				let swapped = false;
				let at;
				if (m < n) {
					if (!autoTranspose) {
						console.warn("Computing SVD on a matrix with more columns than rows. Consider enabling autoTranspose");
						at = value.transpose();
					} else {
						at = value.clone();
						m = value.columns;
						n = value.rows;
						swapped = true;
						let aux = wantu;
						wantu = wantv;
						wantv = aux;
					}
				} else {
					at = value.transpose();
				}
				let nu = Math.min(m, n);
				let ni = Math.min(m + 1, n);
				let s = new Float64Array(ni);
				let U = new Matrix(nu, m);
				let V = new Matrix(n, n);
				let e = new Float64Array(n);
				let work = new Float64Array(m);
				let si = new Float64Array(ni);
				for (let i = 0; i < ni; i++) si[i] = i;
				let nct = Math.min(m - 1, n);
				let nrt = Math.max(0, Math.min(n - 2, m));
				let mrc = Math.max(nct, nrt);
				for (let k = 0; k < mrc; k++) {
					if (k < nct) {
						s[k] = 0;
						for (let i = k; i < m; i++) {
							s[k] = hypotenuse(s[k], at.get(k, i));
						}
						if (s[k] !== 0) {
							if (at.get(k, k) < 0) {
								s[k] = -s[k];
							}
							for (let i = k; i < m; i++) {
								at.set(k, i, at.get(k, i) / s[k]);
							}
							at.set(k, k, at.get(k, k) + 1);
						}
						s[k] = -s[k];
					}
					for (let j = k + 1; j < n; j++) {
						if (k < nct && s[k] !== 0) {
							let t = 0;
							for (let i = k; i < m; i++) {
								t += at.get(k, i) * at.get(j, i);
							}
							t = -t / at.get(k, k);
							for (let i = k; i < m; i++) {
								at.set(j, i, at.get(j, i) + t * at.get(k, i));
							}
						}
						e[j] = at.get(j, k);
					}
					if (wantu && k < nct) {
						for (let i = k; i < m; i++) {
							U.set(k, i, at.get(k, i));
						}
					}
					if (k < nrt) {
						e[k] = 0;
						for (let i = k + 1; i < n; i++) {
							e[k] = hypotenuse(e[k], e[i]);
						}
						if (e[k] !== 0) {
							if (e[k + 1] < 0) {
								e[k] = 0 - e[k];
							}
							for (let i = k + 1; i < n; i++) {
								e[i] /= e[k];
							}
							e[k + 1] += 1;
						}
						e[k] = -e[k];
						if (k + 1 < m && e[k] !== 0) {
							for (let i = k + 1; i < m; i++) {
								work[i] = 0;
							}
							for (let i = k + 1; i < m; i++) {
								for (let j = k + 1; j < n; j++) {
									work[i] += e[j] * at.get(j, i);
								}
							}
							for (let j = k + 1; j < n; j++) {
								let t = -e[j] / e[k + 1];
								for (let i = k + 1; i < m; i++) {
									at.set(j, i, at.get(j, i) + t * work[i]);
								}
							}
						}
						if (wantv) {
							for (let i = k + 1; i < n; i++) {
								V.set(k, i, e[i]);
							}
						}
					}
				}
				let p = Math.min(n, m + 1);
				if (nct < n) {
					s[nct] = at.get(nct, nct);
				}
				if (m < p) {
					s[p - 1] = 0;
				}
				if (nrt + 1 < p) {
					e[nrt] = at.get(p - 1, nrt);
				}
				e[p - 1] = 0;
				if (wantu) {
					for (let j = nct; j < nu; j++) {
						for (let i = 0; i < m; i++) {
							U.set(j, i, 0);
						}
						U.set(j, j, 1);
					}
					for (let k = nct - 1; k >= 0; k--) {
						if (s[k] !== 0) {
							for (let j = k + 1; j < nu; j++) {
								let t = 0;
								for (let i = k; i < m; i++) {
									t += U.get(k, i) * U.get(j, i);
								}
								t = -t / U.get(k, k);
								for (let i = k; i < m; i++) {
									U.set(j, i, U.get(j, i) + t * U.get(k, i));
								}
							}
							for (let i = k; i < m; i++) {
								U.set(k, i, -U.get(k, i));
							}
							U.set(k, k, 1 + U.get(k, k));
							for (let i = 0; i < k - 1; i++) {
								U.set(k, i, 0);
							}
						} else {
							for (let i = 0; i < m; i++) {
								U.set(k, i, 0);
							}
							U.set(k, k, 1);
						}
					}
				}
				if (wantv) {
					for (let k = n - 1; k >= 0; k--) {
						if (k < nrt && e[k] !== 0) {
							for (let j = k + 1; j < n; j++) {
								let t = 0;
								for (let i = k + 1; i < n; i++) {
									t += V.get(k, i) * V.get(j, i);
								}
								t = -t / V.get(k, k + 1);
								for (let i = k + 1; i < n; i++) {
									V.set(j, i, V.get(j, i) + t * V.get(k, i));
								}
							}
						}
						for (let i = 0; i < n; i++) {
							V.set(k, i, 0);
						}
						V.set(k, k, 1);
					}
				}
				let pp = p - 1;
				let eps = Number.EPSILON;
				while (p > 0) {
					let k, kase;
					for (k = p - 2; k >= -1; k--) {
						if (k === -1) {
							break;
						}
						const alpha = Number.MIN_VALUE + eps * Math.abs(s[k] + Math.abs(s[k + 1]));
						if (Math.abs(e[k]) <= alpha || Number.isNaN(e[k])) {
							e[k] = 0;
							break;
						}
					}
					if (k === p - 2) {
						kase = 4;
					} else {
						let ks;
						for (ks = p - 1; ks >= k; ks--) {
							if (ks === k) {
								break;
							}
							let t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
							if (Math.abs(s[ks]) <= eps * t) {
								s[ks] = 0;
								break;
							}
						}
						if (ks === k) {
							kase = 3;
						} else if (ks === p - 1) {
							kase = 1;
						} else {
							kase = 2;
							k = ks;
						}
					}
					k++;
					switch (kase) {
						case 1: {
							let f = e[p - 2];
							e[p - 2] = 0;
							for (let j = p - 2; j >= k; j--) {
								let t = hypotenuse(s[j], f);
								let cs = s[j] / t;
								let sn = f / t;
								s[j] = t;
								if (j !== k) {
									f = -sn * e[j - 1];
									e[j - 1] = cs * e[j - 1];
								}
								if (wantv) {
									for (let i = 0; i < n; i++) {
										t = cs * V.get(j, i) + sn * V.get(p - 1, i);
										V.set(p - 1, i, -sn * V.get(j, i) + cs * V.get(p - 1, i));
										V.set(j, i, t);
									}
								}
							}
							break;
						}
						case 2: {
							let f = e[k - 1];
							e[k - 1] = 0;
							for (let j = k; j < p; j++) {
								let t = hypotenuse(s[j], f);
								let cs = s[j] / t;
								let sn = f / t;
								s[j] = t;
								f = -sn * e[j];
								e[j] = cs * e[j];
								if (wantu) {
									for (let i = 0; i < m; i++) {
										t = cs * U.get(j, i) + sn * U.get(k - 1, i);
										U.set(k - 1, i, -sn * U.get(j, i) + cs * U.get(k - 1, i));
										U.set(j, i, t);
									}
								}
							}
							break;
						}
						case 3: {
							const scale = Math.max(Math.abs(s[p - 1]), Math.abs(s[p - 2]), Math.abs(e[p - 2]), Math.abs(s[k]), Math.abs(e[k]));
							const sp = s[p - 1] / scale;
							const spm1 = s[p - 2] / scale;
							const epm1 = e[p - 2] / scale;
							const sk = s[k] / scale;
							const ek = e[k] / scale;
							const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
							const c = sp * epm1 * (sp * epm1);
							let shift = 0;
							if (b !== 0 || c !== 0) {
								if (b < 0) {
									shift = 0 - Math.sqrt(b * b + c);
								} else {
									shift = Math.sqrt(b * b + c);
								}
								shift = c / (b + shift);
							}
							let f = (sk + sp) * (sk - sp) + shift;
							let g = sk * ek;
							for (let j = k; j < p - 1; j++) {
								let t = hypotenuse(f, g);
								if (t === 0) t = Number.MIN_VALUE;
								let cs = f / t;
								let sn = g / t;
								if (j !== k) {
									e[j - 1] = t;
								}
								f = cs * s[j] + sn * e[j];
								e[j] = cs * e[j] - sn * s[j];
								g = sn * s[j + 1];
								s[j + 1] = cs * s[j + 1];
								if (wantv) {
									for (let i = 0; i < n; i++) {
										t = cs * V.get(j, i) + sn * V.get(j + 1, i);
										V.set(j + 1, i, -sn * V.get(j, i) + cs * V.get(j + 1, i));
										V.set(j, i, t);
									}
								}
								t = hypotenuse(f, g);
								if (t === 0) t = Number.MIN_VALUE;
								cs = f / t;
								sn = g / t;
								s[j] = t;
								f = cs * e[j] + sn * s[j + 1];
								s[j + 1] = -sn * e[j] + cs * s[j + 1];
								g = sn * e[j + 1];
								e[j + 1] = cs * e[j + 1];
								if (wantu && j < m - 1) {
									for (let i = 0; i < m; i++) {
										t = cs * U.get(j, i) + sn * U.get(j + 1, i);
										U.set(j + 1, i, -sn * U.get(j, i) + cs * U.get(j + 1, i));
										U.set(j, i, t);
									}
								}
							}
							e[p - 2] = f;
							break;
						}
						case 4: {
							if (s[k] <= 0) {
								s[k] = s[k] < 0 ? -s[k] : 0;
								if (wantv) {
									for (let i = 0; i <= pp; i++) {
										V.set(k, i, -V.get(k, i));
									}
								}
							}
							while (k < pp) {
								if (s[k] >= s[k + 1]) {
									break;
								}
								let t = s[k];
								s[k] = s[k + 1];
								s[k + 1] = t;
								if (wantv && k < n - 1) {
									for (let i = 0; i < n; i++) {
										t = V.get(k + 1, i);
										V.set(k + 1, i, V.get(k, i));
										V.set(k, i, t);
									}
								}
								if (wantu && k < m - 1) {
									for (let i = 0; i < m; i++) {
										t = U.get(k + 1, i);
										U.set(k + 1, i, U.get(k, i));
										U.set(k, i, t);
									}
								}
								k++;
							}
							p--;
							break;
						}
					}
				}
				U = U.isSquare() ? transposeSquareInPlace(U) : U.transpose();
				V = transposeSquareInPlace(V);
				if (swapped) {
					let tmp = V;
					V = U;
					U = tmp;
				}
				this.m = m;
				this.n = n;
				this.s = s;
				this.U = U;
				this.V = V;
			}
			solve(value) {
				let Y = value;
				let e = this.threshold;
				let scols = this.s.length;
				let Ls = Matrix.zeros(scols, scols);
				for (let i = 0; i < scols; i++) {
					if (Math.abs(this.s[i]) <= e) {
						Ls.set(i, i, 0);
					} else {
						Ls.set(i, i, 1 / this.s[i]);
					}
				}
				let U = this.U;
				let V = this.rightSingularVectors;
				let VL = V.mmul(Ls);
				let vrows = V.rows;
				let urows = U.rows;
				let VLU = Matrix.zeros(vrows, urows);
				for (let i = 0; i < vrows; i++) {
					for (let j = 0; j < urows; j++) {
						let sum = 0;
						for (let k = 0; k < scols; k++) {
							sum += VL.get(i, k) * U.get(j, k);
						}
						VLU.set(i, j, sum);
					}
				}
				return VLU.mmul(Y);
			}
			solveForDiagonal(value) {
				return this.solve(Matrix.diag(value));
			}
			inverse() {
				let V = this.V;
				let e = this.threshold;
				let vrows = V.rows;
				let vcols = V.columns;
				let X = new Matrix(vrows, this.s.length);
				for (let i = 0; i < vrows; i++) {
					for (let j = 0; j < vcols; j++) {
						if (Math.abs(this.s[j]) > e) {
							X.set(i, j, V.get(i, j) / this.s[j]);
						}
					}
				}
				let U = this.U;
				let urows = U.rows;
				let ucols = U.columns;
				let Y = new Matrix(vrows, urows);
				for (let i = 0; i < vrows; i++) {
					for (let j = 0; j < urows; j++) {
						let sum = 0;
						for (let k = 0; k < ucols; k++) {
							sum += X.get(i, k) * U.get(j, k);
						}
						Y.set(i, j, sum);
					}
				}
				return Y;
			}
			get condition() {
				return this.s[0] / this.s[Math.min(this.m, this.n) - 1];
			}
			get norm2() {
				return this.s[0];
			}
			get rank() {
				let tol = Math.max(this.m, this.n) * this.s[0] * Number.EPSILON;
				let r = 0;
				let s = this.s;
				for (let i = 0, ii = s.length; i < ii; i++) {
					if (s[i] > tol) {
						r++;
					}
				}
				return r;
			}
			get diagonal() {
				return Array.from(this.s);
			}
			get threshold() {
				return Number.EPSILON / 2 * Math.max(this.m, this.n) * this.s[0];
			}
			get leftSingularVectors() {
				return this.U;
			}
			get rightSingularVectors() {
				return this.V;
			}
			get diagonalMatrix() {
				return Matrix.diag(this.s);
			}
		}
		function inverse(matrix, useSVD = false) {
			matrix = WrapperMatrix2D.checkMatrix(matrix);
			if (useSVD) {
				return new SingularValueDecomposition(matrix).inverse();
			} else {
				return solve(matrix, Matrix.eye(matrix.rows));
			}
		}
		function solve(leftHandSide, rightHandSide, useSVD = false) {
			leftHandSide = WrapperMatrix2D.checkMatrix(leftHandSide);
			rightHandSide = WrapperMatrix2D.checkMatrix(rightHandSide);
			if (useSVD) {
				return new SingularValueDecomposition(leftHandSide).solve(rightHandSide);
			} else {
				return leftHandSide.isSquare() ? new LuDecomposition(leftHandSide).solve(rightHandSide) : new QrDecomposition(leftHandSide).solve(rightHandSide);
			}
		}
		function determinant(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (matrix.isSquare()) {
				if (matrix.columns === 0) {
					return 1;
				}
				let a, b, c, d;
				if (matrix.columns === 2) {
					a = matrix.get(0, 0);
					b = matrix.get(0, 1);
					c = matrix.get(1, 0);
					d = matrix.get(1, 1);
					return a * d - b * c;
				} else if (matrix.columns === 3) {
					let subMatrix0, subMatrix1, subMatrix2;
					subMatrix0 = new MatrixSelectionView(matrix, [1, 2], [1, 2]);
					subMatrix1 = new MatrixSelectionView(matrix, [1, 2], [0, 2]);
					subMatrix2 = new MatrixSelectionView(matrix, [1, 2], [0, 1]);
					a = matrix.get(0, 0);
					b = matrix.get(0, 1);
					c = matrix.get(0, 2);
					return a * determinant(subMatrix0) - b * determinant(subMatrix1) + c * determinant(subMatrix2);
				} else {
					return new LuDecomposition(matrix).determinant;
				}
			} else {
				throw Error("determinant can only be calculated for a square matrix");
			}
		}
		function xrange(n, exception) {
			let range = [];
			for (let i = 0; i < n; i++) {
				if (i !== exception) {
					range.push(i);
				}
			}
			return range;
		}
		function dependenciesOneRow(error, matrix, index, thresholdValue = 1e-9, thresholdError = 1e-9) {
			if (error > thresholdError) {
				return new Array(matrix.rows + 1).fill(0);
			} else {
				let returnArray = matrix.addRow(index, [0]);
				for (let i = 0; i < returnArray.rows; i++) {
					if (Math.abs(returnArray.get(i, 0)) < thresholdValue) {
						returnArray.set(i, 0, 0);
					}
				}
				return returnArray.to1DArray();
			}
		}
		function linearDependencies(matrix, options = {}) {
			const { thresholdValue = 1e-9, thresholdError = 1e-9 } = options;
			matrix = Matrix.checkMatrix(matrix);
			let n = matrix.rows;
			let results = new Matrix(n, n);
			for (let i = 0; i < n; i++) {
				let b = Matrix.columnVector(matrix.getRow(i));
				let Abis = matrix.subMatrixRow(xrange(n, i)).transpose();
				let svd = new SingularValueDecomposition(Abis);
				let x = svd.solve(b);
				let scale = Matrix.abs(b).max() || 1;
				let error = Matrix.sub(b, Abis.mmul(x)).abs().max() / scale;
				results.setRow(i, dependenciesOneRow(error, x, i, thresholdValue, thresholdError));
			}
			return results;
		}
		function pseudoInverse(matrix, threshold = Number.EPSILON) {
			matrix = Matrix.checkMatrix(matrix);
			if (matrix.isEmpty()) {
				return matrix.transpose();
			}
			let svdSolution = new SingularValueDecomposition(matrix, { autoTranspose: true });
			let U = svdSolution.leftSingularVectors;
			let V = svdSolution.rightSingularVectors;
			let s = svdSolution.diagonal;
			const cutoff = threshold * Math.max(matrix.rows, matrix.columns) * s[0];
			for (let i = 0; i < s.length; i++) {
				if (Math.abs(s[i]) > cutoff) {
					s[i] = 1 / s[i];
				} else {
					s[i] = 0;
				}
			}
			return V.mmul(Matrix.diag(s).mmul(U.transpose()));
		}
		function covariance(xMatrix, yMatrix = xMatrix, options = {}) {
			xMatrix = new Matrix(xMatrix);
			let yIsSame = false;
			if (typeof yMatrix === "object" && !Matrix.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
				options = yMatrix;
				yMatrix = xMatrix;
				yIsSame = true;
			} else {
				yMatrix = new Matrix(yMatrix);
			}
			if (xMatrix.rows !== yMatrix.rows) {
				throw new TypeError("Both matrices must have the same number of rows");
			}
			const { center = true } = options;
			if (center) {
				xMatrix = xMatrix.center("column");
				if (!yIsSame) {
					yMatrix = yMatrix.center("column");
				}
			}
			const cov = xMatrix.transposeMultiply(yMatrix);
			for (let i = 0; i < cov.rows; i++) {
				for (let j = 0; j < cov.columns; j++) {
					cov.set(i, j, cov.get(i, j) * (1 / (xMatrix.rows - 1)));
				}
			}
			return cov;
		}
		function correlation(xMatrix, yMatrix = xMatrix, options = {}) {
			xMatrix = new Matrix(xMatrix);
			let yIsSame = false;
			if (typeof yMatrix === "object" && !Matrix.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
				options = yMatrix;
				yMatrix = xMatrix;
				yIsSame = true;
			} else {
				yMatrix = new Matrix(yMatrix);
			}
			if (xMatrix.rows !== yMatrix.rows) {
				throw new TypeError("Both matrices must have the same number of rows");
			}
			const { center = true, scale = true } = options;
			if (center) {
				xMatrix.center("column");
				if (!yIsSame) {
					yMatrix.center("column");
				}
			}
			if (scale) {
				xMatrix.scale("column");
				if (!yIsSame) {
					yMatrix.scale("column");
				}
			}
			const sdx = xMatrix.standardDeviation("column", { unbiased: true });
			const sdy = yIsSame ? sdx : yMatrix.standardDeviation("column", { unbiased: true });
			const corr = xMatrix.transposeMultiply(yMatrix);
			for (let i = 0; i < corr.rows; i++) {
				for (let j = 0; j < corr.columns; j++) {
					corr.set(i, j, corr.get(i, j) * (1 / (sdx[i] * sdy[j])) * (1 / (xMatrix.rows - 1)));
				}
			}
			return corr;
		}
		class EigenvalueDecomposition {
			constructor(matrix, options = {}) {
				const { assumeSymmetric = false } = options;
				matrix = WrapperMatrix2D.checkMatrix(matrix);
				if (!matrix.isSquare()) {
					throw new Error("Matrix is not a square matrix");
				}
				if (matrix.isEmpty()) {
					throw new Error("Matrix must be non-empty");
				}
				let n = matrix.columns;
				let V = new Matrix(n, n);
				let d = new Float64Array(n);
				let e = new Float64Array(n);
				let value = matrix;
				let i, j;
				let isSymmetric = false;
				if (assumeSymmetric) {
					isSymmetric = true;
				} else {
					isSymmetric = matrix.isSymmetric();
				}
				if (isSymmetric) {
					for (i = 0; i < n; i++) {
						for (j = 0; j < n; j++) {
							V.set(j, i, value.get(i, j));
						}
					}
					tred2(n, e, d, V);
					tql2(n, e, d, V);
					transposeSquareInPlace(V);
				} else {
					let H = new Matrix(n, n);
					let ort = new Float64Array(n);
					for (j = 0; j < n; j++) {
						for (i = 0; i < n; i++) {
							H.set(i, j, value.get(i, j));
						}
					}
					orthes(n, H, ort, V);
					hqr2(n, e, d, V, H);
				}
				this.n = n;
				this.e = e;
				this.d = d;
				this.V = V;
			}
			get realEigenvalues() {
				return Array.from(this.d);
			}
			get imaginaryEigenvalues() {
				return Array.from(this.e);
			}
			get eigenvectorMatrix() {
				return this.V;
			}
			get diagonalMatrix() {
				let n = this.n;
				let e = this.e;
				let d = this.d;
				let X = new Matrix(n, n);
				let i, j;
				for (i = 0; i < n; i++) {
					for (j = 0; j < n; j++) {
						X.set(i, j, 0);
					}
					X.set(i, i, d[i]);
					if (e[i] > 0) {
						X.set(i, i + 1, e[i]);
					} else if (e[i] < 0) {
						X.set(i, i - 1, e[i]);
					}
				}
				return X;
			}
		}
		function tred2(n, e, d, V) {
			let f, g, h, i, j, k, hh, scale;
			for (j = 0; j < n; j++) {
				d[j] = V.get(j, n - 1);
			}
			for (i = n - 1; i > 0; i--) {
				scale = 0;
				h = 0;
				for (k = 0; k < i; k++) {
					scale = scale + Math.abs(d[k]);
				}
				if (scale === 0) {
					e[i] = d[i - 1];
					for (j = 0; j < i; j++) {
						d[j] = V.get(j, i - 1);
						V.set(j, i, 0);
						V.set(i, j, 0);
					}
				} else {
					for (k = 0; k < i; k++) {
						d[k] /= scale;
						h += d[k] * d[k];
					}
					f = d[i - 1];
					g = Math.sqrt(h);
					if (f > 0) {
						g = -g;
					}
					e[i] = scale * g;
					h = h - f * g;
					d[i - 1] = f - g;
					for (j = 0; j < i; j++) {
						e[j] = 0;
					}
					for (j = 0; j < i; j++) {
						f = d[j];
						V.set(i, j, f);
						g = e[j] + V.get(j, j) * f;
						for (k = j + 1; k <= i - 1; k++) {
							g += V.get(j, k) * d[k];
							e[k] += V.get(j, k) * f;
						}
						e[j] = g;
					}
					f = 0;
					for (j = 0; j < i; j++) {
						e[j] /= h;
						f += e[j] * d[j];
					}
					hh = f / (h + h);
					for (j = 0; j < i; j++) {
						e[j] -= hh * d[j];
					}
					for (j = 0; j < i; j++) {
						f = d[j];
						g = e[j];
						for (k = j; k <= i - 1; k++) {
							V.set(j, k, V.get(j, k) - (f * e[k] + g * d[k]));
						}
						d[j] = V.get(j, i - 1);
						V.set(j, i, 0);
					}
				}
				d[i] = h;
			}
			for (i = 0; i < n - 1; i++) {
				V.set(i, n - 1, V.get(i, i));
				V.set(i, i, 1);
				h = d[i + 1];
				if (h !== 0) {
					for (k = 0; k <= i; k++) {
						d[k] = V.get(i + 1, k) / h;
					}
					for (j = 0; j <= i; j++) {
						g = 0;
						for (k = 0; k <= i; k++) {
							g += V.get(i + 1, k) * V.get(j, k);
						}
						for (k = 0; k <= i; k++) {
							V.set(j, k, V.get(j, k) - g * d[k]);
						}
					}
				}
				for (k = 0; k <= i; k++) {
					V.set(i + 1, k, 0);
				}
			}
			for (j = 0; j < n; j++) {
				d[j] = V.get(j, n - 1);
				V.set(j, n - 1, 0);
			}
			V.set(n - 1, n - 1, 1);
			e[0] = 0;
		}
		function tql2(n, e, d, V) {
			let g, h, i, j, k, l, m, p, r, dl1, c, c2, c3, el1, s, s2;
			for (i = 1; i < n; i++) {
				e[i - 1] = e[i];
			}
			e[n - 1] = 0;
			let f = 0;
			let tst1 = 0;
			let eps = Number.EPSILON;
			for (l = 0; l < n; l++) {
				tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
				m = l;
				while (m < n) {
					if (Math.abs(e[m]) <= eps * tst1) {
						break;
					}
					m++;
				}
				if (m > l) {
					do {
						g = d[l];
						p = (d[l + 1] - g) / (2 * e[l]);
						r = hypotenuse(p, 1);
						if (p < 0) {
							r = -r;
						}
						d[l] = e[l] / (p + r);
						d[l + 1] = e[l] * (p + r);
						dl1 = d[l + 1];
						h = g - d[l];
						for (i = l + 2; i < n; i++) {
							d[i] -= h;
						}
						f = f + h;
						p = d[m];
						c = 1;
						c2 = c;
						c3 = c;
						el1 = e[l + 1];
						s = 0;
						s2 = 0;
						for (i = m - 1; i >= l; i--) {
							c3 = c2;
							c2 = c;
							s2 = s;
							g = c * e[i];
							h = c * p;
							r = hypotenuse(p, e[i]);
							e[i + 1] = s * r;
							s = e[i] / r;
							c = p / r;
							p = c * d[i] - s * g;
							d[i + 1] = h + s * (c * g + s * d[i]);
							for (k = 0; k < n; k++) {
								h = V.get(i + 1, k);
								V.set(i + 1, k, s * V.get(i, k) + c * h);
								V.set(i, k, c * V.get(i, k) - s * h);
							}
						}
						p = -s * s2 * c3 * el1 * e[l] / dl1;
						e[l] = s * p;
						d[l] = c * p;
					} while (Math.abs(e[l]) > eps * tst1);
				}
				d[l] = d[l] + f;
				e[l] = 0;
			}
			for (i = 0; i < n - 1; i++) {
				k = i;
				p = d[i];
				for (j = i + 1; j < n; j++) {
					if (d[j] < p) {
						k = j;
						p = d[j];
					}
				}
				if (k !== i) {
					d[k] = d[i];
					d[i] = p;
					for (j = 0; j < n; j++) {
						p = V.get(i, j);
						V.set(i, j, V.get(k, j));
						V.set(k, j, p);
					}
				}
			}
		}
		function orthes(n, H, ort, V) {
			let low = 0;
			let high = n - 1;
			let f, g, h, i, j, m;
			let scale;
			for (m = low + 1; m <= high - 1; m++) {
				scale = 0;
				for (i = m; i <= high; i++) {
					scale = scale + Math.abs(H.get(i, m - 1));
				}
				if (scale !== 0) {
					h = 0;
					for (i = high; i >= m; i--) {
						ort[i] = H.get(i, m - 1) / scale;
						h += ort[i] * ort[i];
					}
					g = Math.sqrt(h);
					if (ort[m] > 0) {
						g = -g;
					}
					h = h - ort[m] * g;
					ort[m] = ort[m] - g;
					for (j = m; j < n; j++) {
						f = 0;
						for (i = high; i >= m; i--) {
							f += ort[i] * H.get(i, j);
						}
						f = f / h;
						for (i = m; i <= high; i++) {
							H.set(i, j, H.get(i, j) - f * ort[i]);
						}
					}
					for (i = 0; i <= high; i++) {
						f = 0;
						for (j = high; j >= m; j--) {
							f += ort[j] * H.get(i, j);
						}
						f = f / h;
						for (j = m; j <= high; j++) {
							H.set(i, j, H.get(i, j) - f * ort[j]);
						}
					}
					ort[m] = scale * ort[m];
					H.set(m, m - 1, scale * g);
				}
			}
			for (i = 0; i < n; i++) {
				for (j = 0; j < n; j++) {
					V.set(i, j, i === j ? 1 : 0);
				}
			}
			for (m = high - 1; m >= low + 1; m--) {
				if (H.get(m, m - 1) !== 0) {
					for (i = m + 1; i <= high; i++) {
						ort[i] = H.get(i, m - 1);
					}
					for (j = m; j <= high; j++) {
						g = 0;
						for (i = m; i <= high; i++) {
							g += ort[i] * V.get(i, j);
						}
						g = g / ort[m] / H.get(m, m - 1);
						for (i = m; i <= high; i++) {
							V.set(i, j, V.get(i, j) + g * ort[i]);
						}
					}
				}
			}
		}
		function hqr2(nn, e, d, V, H) {
			let n = nn - 1;
			let low = 0;
			let high = nn - 1;
			let eps = Number.EPSILON;
			let exshift = 0;
			let norm = 0;
			let p = 0;
			let q = 0;
			let r = 0;
			let s = 0;
			let z = 0;
			let iter = 0;
			let i, j, k, l, m, t, w, x, y;
			let ra, sa, vr, vi;
			let notlast, cdivres;
			for (i = 0; i < nn; i++) {
				if (i < low || i > high) {
					d[i] = H.get(i, i);
					e[i] = 0;
				}
				for (j = Math.max(i - 1, 0); j < nn; j++) {
					norm = norm + Math.abs(H.get(i, j));
				}
			}
			while (n >= low) {
				l = n;
				while (l > low) {
					s = Math.abs(H.get(l - 1, l - 1)) + Math.abs(H.get(l, l));
					if (s === 0) {
						s = norm;
					}
					if (Math.abs(H.get(l, l - 1)) < eps * s) {
						break;
					}
					l--;
				}
				if (l === n) {
					H.set(n, n, H.get(n, n) + exshift);
					d[n] = H.get(n, n);
					e[n] = 0;
					n--;
					iter = 0;
				} else if (l === n - 1) {
					w = H.get(n, n - 1) * H.get(n - 1, n);
					p = (H.get(n - 1, n - 1) - H.get(n, n)) / 2;
					q = p * p + w;
					z = Math.sqrt(Math.abs(q));
					H.set(n, n, H.get(n, n) + exshift);
					H.set(n - 1, n - 1, H.get(n - 1, n - 1) + exshift);
					x = H.get(n, n);
					if (q >= 0) {
						z = p >= 0 ? p + z : p - z;
						d[n - 1] = x + z;
						d[n] = d[n - 1];
						if (z !== 0) {
							d[n] = x - w / z;
						}
						e[n - 1] = 0;
						e[n] = 0;
						x = H.get(n, n - 1);
						s = Math.abs(x) + Math.abs(z);
						p = x / s;
						q = z / s;
						r = Math.sqrt(p * p + q * q);
						p = p / r;
						q = q / r;
						for (j = n - 1; j < nn; j++) {
							z = H.get(n - 1, j);
							H.set(n - 1, j, q * z + p * H.get(n, j));
							H.set(n, j, q * H.get(n, j) - p * z);
						}
						for (i = 0; i <= n; i++) {
							z = H.get(i, n - 1);
							H.set(i, n - 1, q * z + p * H.get(i, n));
							H.set(i, n, q * H.get(i, n) - p * z);
						}
						for (i = low; i <= high; i++) {
							z = V.get(i, n - 1);
							V.set(i, n - 1, q * z + p * V.get(i, n));
							V.set(i, n, q * V.get(i, n) - p * z);
						}
					} else {
						d[n - 1] = x + p;
						d[n] = x + p;
						e[n - 1] = z;
						e[n] = -z;
					}
					n = n - 2;
					iter = 0;
				} else {
					x = H.get(n, n);
					y = 0;
					w = 0;
					if (l < n) {
						y = H.get(n - 1, n - 1);
						w = H.get(n, n - 1) * H.get(n - 1, n);
					}
					if (iter === 10) {
						exshift += x;
						for (i = low; i <= n; i++) {
							H.set(i, i, H.get(i, i) - x);
						}
						s = Math.abs(H.get(n, n - 1)) + Math.abs(H.get(n - 1, n - 2));
						x = y = .75 * s;
						w = -.4375 * s * s;
					}
					if (iter === 30) {
						s = (y - x) / 2;
						s = s * s + w;
						if (s > 0) {
							s = Math.sqrt(s);
							if (y < x) {
								s = -s;
							}
							s = x - w / ((y - x) / 2 + s);
							for (i = low; i <= n; i++) {
								H.set(i, i, H.get(i, i) - s);
							}
							exshift += s;
							x = y = w = .964;
						}
					}
					iter = iter + 1;
					m = n - 2;
					while (m >= l) {
						z = H.get(m, m);
						r = x - z;
						s = y - z;
						p = (r * s - w) / H.get(m + 1, m) + H.get(m, m + 1);
						q = H.get(m + 1, m + 1) - z - r - s;
						r = H.get(m + 2, m + 1);
						s = Math.abs(p) + Math.abs(q) + Math.abs(r);
						p = p / s;
						q = q / s;
						r = r / s;
						if (m === l) {
							break;
						}
						if (Math.abs(H.get(m, m - 1)) * (Math.abs(q) + Math.abs(r)) < eps * (Math.abs(p) * (Math.abs(H.get(m - 1, m - 1)) + Math.abs(z) + Math.abs(H.get(m + 1, m + 1))))) {
							break;
						}
						m--;
					}
					for (i = m + 2; i <= n; i++) {
						H.set(i, i - 2, 0);
						if (i > m + 2) {
							H.set(i, i - 3, 0);
						}
					}
					for (k = m; k <= n - 1; k++) {
						notlast = k !== n - 1;
						if (k !== m) {
							p = H.get(k, k - 1);
							q = H.get(k + 1, k - 1);
							r = notlast ? H.get(k + 2, k - 1) : 0;
							x = Math.abs(p) + Math.abs(q) + Math.abs(r);
							if (x !== 0) {
								p = p / x;
								q = q / x;
								r = r / x;
							}
						}
						if (x === 0) {
							break;
						}
						s = Math.sqrt(p * p + q * q + r * r);
						if (p < 0) {
							s = -s;
						}
						if (s !== 0) {
							if (k !== m) {
								H.set(k, k - 1, -s * x);
							} else if (l !== m) {
								H.set(k, k - 1, -H.get(k, k - 1));
							}
							p = p + s;
							x = p / s;
							y = q / s;
							z = r / s;
							q = q / p;
							r = r / p;
							for (j = k; j < nn; j++) {
								p = H.get(k, j) + q * H.get(k + 1, j);
								if (notlast) {
									p = p + r * H.get(k + 2, j);
									H.set(k + 2, j, H.get(k + 2, j) - p * z);
								}
								H.set(k, j, H.get(k, j) - p * x);
								H.set(k + 1, j, H.get(k + 1, j) - p * y);
							}
							for (i = 0; i <= Math.min(n, k + 3); i++) {
								p = x * H.get(i, k) + y * H.get(i, k + 1);
								if (notlast) {
									p = p + z * H.get(i, k + 2);
									H.set(i, k + 2, H.get(i, k + 2) - p * r);
								}
								H.set(i, k, H.get(i, k) - p);
								H.set(i, k + 1, H.get(i, k + 1) - p * q);
							}
							for (i = low; i <= high; i++) {
								p = x * V.get(i, k) + y * V.get(i, k + 1);
								if (notlast) {
									p = p + z * V.get(i, k + 2);
									V.set(i, k + 2, V.get(i, k + 2) - p * r);
								}
								V.set(i, k, V.get(i, k) - p);
								V.set(i, k + 1, V.get(i, k + 1) - p * q);
							}
						}
					}
				}
			}
			if (norm === 0) {
				return;
			}
			for (n = nn - 1; n >= 0; n--) {
				p = d[n];
				q = e[n];
				if (q === 0) {
					l = n;
					H.set(n, n, 1);
					for (i = n - 1; i >= 0; i--) {
						w = H.get(i, i) - p;
						r = 0;
						for (j = l; j <= n; j++) {
							r = r + H.get(i, j) * H.get(j, n);
						}
						if (e[i] < 0) {
							z = w;
							s = r;
						} else {
							l = i;
							if (e[i] === 0) {
								H.set(i, n, w !== 0 ? -r / w : -r / (eps * norm));
							} else {
								x = H.get(i, i + 1);
								y = H.get(i + 1, i);
								q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
								t = (x * s - z * r) / q;
								H.set(i, n, t);
								H.set(i + 1, n, Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z);
							}
							t = Math.abs(H.get(i, n));
							if (eps * t * t > 1) {
								for (j = i; j <= n; j++) {
									H.set(j, n, H.get(j, n) / t);
								}
							}
						}
					}
				} else if (q < 0) {
					l = n - 1;
					if (Math.abs(H.get(n, n - 1)) > Math.abs(H.get(n - 1, n))) {
						H.set(n - 1, n - 1, q / H.get(n, n - 1));
						H.set(n - 1, n, -(H.get(n, n) - p) / H.get(n, n - 1));
					} else {
						cdivres = cdiv(0, -H.get(n - 1, n), H.get(n - 1, n - 1) - p, q);
						H.set(n - 1, n - 1, cdivres[0]);
						H.set(n - 1, n, cdivres[1]);
					}
					H.set(n, n - 1, 0);
					H.set(n, n, 1);
					for (i = n - 2; i >= 0; i--) {
						ra = 0;
						sa = 0;
						for (j = l; j <= n; j++) {
							ra = ra + H.get(i, j) * H.get(j, n - 1);
							sa = sa + H.get(i, j) * H.get(j, n);
						}
						w = H.get(i, i) - p;
						if (e[i] < 0) {
							z = w;
							r = ra;
							s = sa;
						} else {
							l = i;
							if (e[i] === 0) {
								cdivres = cdiv(-ra, -sa, w, q);
								H.set(i, n - 1, cdivres[0]);
								H.set(i, n, cdivres[1]);
							} else {
								x = H.get(i, i + 1);
								y = H.get(i + 1, i);
								vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
								vi = (d[i] - p) * 2 * q;
								if (vr === 0 && vi === 0) {
									vr = eps * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
								}
								cdivres = cdiv(x * r - z * ra + q * sa, x * s - z * sa - q * ra, vr, vi);
								H.set(i, n - 1, cdivres[0]);
								H.set(i, n, cdivres[1]);
								if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
									H.set(i + 1, n - 1, (-ra - w * H.get(i, n - 1) + q * H.get(i, n)) / x);
									H.set(i + 1, n, (-sa - w * H.get(i, n) - q * H.get(i, n - 1)) / x);
								} else {
									cdivres = cdiv(-r - y * H.get(i, n - 1), -s - y * H.get(i, n), z, q);
									H.set(i + 1, n - 1, cdivres[0]);
									H.set(i + 1, n, cdivres[1]);
								}
							}
							t = Math.max(Math.abs(H.get(i, n - 1)), Math.abs(H.get(i, n)));
							if (eps * t * t > 1) {
								for (j = i; j <= n; j++) {
									H.set(j, n - 1, H.get(j, n - 1) / t);
									H.set(j, n, H.get(j, n) / t);
								}
							}
						}
					}
				}
			}
			for (i = 0; i < nn; i++) {
				if (i < low || i > high) {
					for (j = i; j < nn; j++) {
						V.set(i, j, H.get(i, j));
					}
				}
			}
			for (j = nn - 1; j >= low; j--) {
				for (i = low; i <= high; i++) {
					z = 0;
					for (k = low; k <= Math.min(j, high); k++) {
						z = z + V.get(i, k) * H.get(k, j);
					}
					V.set(i, j, z);
				}
			}
		}
		function cdiv(xr, xi, yr, yi) {
			let r, d;
			if (Math.abs(yr) > Math.abs(yi)) {
				r = yi / yr;
				d = yr + r * yi;
				return [(xr + r * xi) / d, (xi - r * xr) / d];
			} else {
				r = yr / yi;
				d = yi + r * yr;
				return [(r * xr + xi) / d, (r * xi - xr) / d];
			}
		}
		class CholeskyDecomposition {
			constructor(value) {
				value = WrapperMatrix2D.checkMatrix(value);
				if (!value.isSymmetric()) {
					throw new Error("Matrix is not symmetric");
				}
				let a = value;
				let dimension = a.rows;
				let l = new Matrix(dimension, dimension);
				let positiveDefinite = true;
				let i, j, k;
				for (j = 0; j < dimension; j++) {
					let d = 0;
					for (k = 0; k < j; k++) {
						let s = 0;
						for (i = 0; i < k; i++) {
							s += l.get(k, i) * l.get(j, i);
						}
						s = (a.get(j, k) - s) / l.get(k, k);
						l.set(j, k, s);
						d = d + s * s;
					}
					d = a.get(j, j) - d;
					positiveDefinite &&= d > 0;
					l.set(j, j, Math.sqrt(Math.max(d, 0)));
					for (k = j + 1; k < dimension; k++) {
						l.set(j, k, 0);
					}
				}
				this.L = l;
				this.positiveDefinite = positiveDefinite;
			}
			isPositiveDefinite() {
				return this.positiveDefinite;
			}
			solve(value) {
				value = WrapperMatrix2D.checkMatrix(value);
				let l = this.L;
				let dimension = l.rows;
				if (value.rows !== dimension) {
					throw new Error("Matrix dimensions do not match");
				}
				if (this.isPositiveDefinite() === false) {
					throw new Error("Matrix is not positive definite");
				}
				let count = value.columns;
				let B = value.clone();
				let i, j, k;
				for (k = 0; k < dimension; k++) {
					for (j = 0; j < count; j++) {
						for (i = 0; i < k; i++) {
							B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(k, i));
						}
						B.set(k, j, B.get(k, j) / l.get(k, k));
					}
				}
				for (k = dimension - 1; k >= 0; k--) {
					for (j = 0; j < count; j++) {
						for (i = k + 1; i < dimension; i++) {
							B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(i, k));
						}
						B.set(k, j, B.get(k, j) / l.get(k, k));
					}
				}
				return B;
			}
			get lowerTriangularMatrix() {
				return this.L;
			}
		}
		class nipals {
			constructor(X, options = {}) {
				X = WrapperMatrix2D.checkMatrix(X);
				let { Y } = options;
				const { scaleScores = false, maxIterations = 1e3, terminationCriteria = 1e-10 } = options;
				let u;
				if (Y) {
					if (isAnyArray(Y) && typeof Y[0] === "number") {
						Y = Matrix.columnVector(Y);
					} else {
						Y = WrapperMatrix2D.checkMatrix(Y);
					}
					if (Y.rows !== X.rows) {
						throw new Error("Y should have the same number of rows as X");
					}
					u = Y.getColumnVector(0);
				} else {
					u = X.getColumnVector(0);
				}
				let diff = 1;
				let t, q, w, tOld;
				for (let counter = 0; counter < maxIterations && diff > terminationCriteria; counter++) {
					w = X.transpose().mmul(u).div(u.transpose().mmul(u).get(0, 0));
					w = w.div(w.norm());
					t = X.mmul(w).div(w.transpose().mmul(w).get(0, 0));
					if (counter > 0) {
						diff = t.clone().sub(tOld).pow(2).sum();
					}
					tOld = t.clone();
					if (Y) {
						q = Y.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
						q = q.div(q.norm());
						u = Y.mmul(q).div(q.transpose().mmul(q).get(0, 0));
					} else {
						u = t;
					}
				}
				if (Y) {
					let p = X.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
					p = p.div(p.norm());
					let xResidual = X.clone().sub(t.clone().mmul(p.transpose()));
					let residual = u.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
					let yResidual = Y.clone().sub(t.clone().mulS(residual.get(0, 0)).mmul(q.transpose()));
					this.t = t;
					this.p = p.transpose();
					this.w = w.transpose();
					this.q = q;
					this.u = u;
					this.s = t.transpose().mmul(t);
					this.xResidual = xResidual;
					this.yResidual = yResidual;
					this.betas = residual;
				} else {
					this.w = w.transpose();
					this.s = t.transpose().mmul(t).sqrt();
					if (scaleScores) {
						this.t = t.clone().div(this.s.get(0, 0));
					} else {
						this.t = t;
					}
					this.xResidual = X.sub(t.mmul(w.transpose()));
				}
			}
		}
		exports.y3 = AbstractMatrix;
		exports.jy = CholeskyDecomposition;
		exports.oN = CholeskyDecomposition;
		exports.Hc = DistanceMatrix;
		exports.cg = EigenvalueDecomposition;
		exports.hj = EigenvalueDecomposition;
		exports.LU = LuDecomposition;
		exports.Tb = LuDecomposition;
		exports.uq = Matrix;
		exports.Zm = MatrixColumnSelectionView;
		exports.Dq = MatrixColumnView;
		exports.__ = MatrixFlipColumnView;
		exports.q0 = MatrixFlipRowView;
		exports.lh = MatrixRowSelectionView;
		exports.pI = MatrixRowView;
		exports.zC = MatrixSelectionView;
		exports.zg = MatrixSubView;
		exports.g6 = MatrixTransposeView;
		exports.OL = nipals;
		exports.ks = nipals;
		exports.QR = QrDecomposition;
		exports.jp = QrDecomposition;
		exports.mk = SingularValueDecomposition;
		exports.W2 = SingularValueDecomposition;
		exports.l = SymmetricMatrix;
		exports.KY = WrapperMatrix1D;
		exports.dv = WrapperMatrix2D;
		exports.BR = correlation;
		exports.Wu = covariance;
		__webpack_unused_export__ = Matrix;
		exports.a4 = determinant;
		exports.DI = inverse;
		exports.Jo = linearDependencies;
		exports.Zi = pseudoInverse;
		exports.kH = solve;
		exports.LV = wrap;
	}),
	7994: ((module) => {
		module.exports = JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]");
	})
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
	var cachedModule = __webpack_module_cache__[moduleId];
	if (cachedModule !== undefined) {
		return cachedModule.exports;
	}
	var module = __webpack_module_cache__[moduleId] = { exports: {} };
	var threw = true;
	try {
		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
		threw = false;
	} finally {
		if (threw) delete __webpack_module_cache__[moduleId];
	}
	return module.exports;
}
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
	__nccwpck_require__.n = (module) => {
		var getter = module && module.__esModule ? () => module["default"] : () => module;
		__nccwpck_require__.d(getter, { a: getter });
		return getter;
	};
})();
(() => {
	__nccwpck_require__.d = (exports, definition) => {
		for (var key in definition) {
			if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
				Object.defineProperty(exports, key, {
					enumerable: true,
					get: definition[key]
				});
			}
		}
	};
})();
(() => {
	__nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
var __webpack_exports__ = {};
;
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;
class errors_UserInputError extends Error {
	name = "UserInputError";
	file;
	line;
	column;
	constructor(message, where = {}) {
		super(message);
		this.file = where.file;
		this.line = where.line;
		this.column = where.column;
	}
	describe() {
		const place = [
			this.file,
			this.line,
			this.column
		].filter((part) => part !== undefined).join(":");
		return place ? `${place}: ${this.message}` : this.message;
	}
}
;
function errorData(error) {
	if (error instanceof errors_UserInputError) return {
		user: true,
		message: error.message,
		file: error.file,
		line: error.line,
		column: error.column
	};
	return {
		user: false,
		message: error instanceof Error ? error.stack ?? error.message : String(error)
	};
}
function errorFrom(error, prefix) {
	if (error.user) return new UserInputError(error.message, {
		file: error.file,
		line: error.line,
		column: error.column
	});
	return new Error(`${prefix}${error.message}`);
}
class WorkerUnavailable extends (null && Error) {}
const PRESTARTED = Symbol.for("drift-gate: prestarted workers");
const registry = globalThis;
registry[PRESTARTED] ??= new Map();
const prestarted = registry[PRESTARTED];
function prestartWorker(file) {
	let worker;
	try {
		worker = new Worker(file);
	} catch {
		return;
	}
	keepStarted(file, worker);
}
function keepStarted(file, worker) {
	worker.unref();
	const forget = () => {
		const waiting = prestarted.get(file) ?? [];
		const at = waiting.indexOf(worker);
		if (at >= 0) waiting.splice(at, 1);
	};
	worker.once("error", forget);
	worker.once("exit", forget);
	const waiting = prestarted.get(file);
	if (waiting) waiting.push(worker);
	else prestarted.set(file, [worker]);
}
function waitingWorkers(file) {
	return prestarted.get(file)?.length ?? 0;
}
function workerFor(file, asked) {
	const worker = prestarted.get(file)?.shift() ?? new Worker(file);
	worker.ref();
	worker.postMessage(asked);
	return worker;
}
function askWorker(job) {
	return new Promise((resolve, reject) => {
		let worker;
		try {
			worker = workerFor(job.file, {
				request: job.request,
				...job.next === undefined ? {} : { next: job.next }
			});
		} catch (error) {
			reject(new WorkerUnavailable(String(error)));
			return;
		}
		let settled = false;
		worker.once("message", (message) => {
			settled = true;
			if (job.next === undefined) void worker.terminate();
			else keepStarted(job.next, worker);
			if ("value" in message) resolve(message.value);
			else reject(errorFrom(message.error, `${job.name} failed: `));
		});
		worker.once("error", (error) => {
			if (!settled) reject(new WorkerUnavailable(String(error)));
			settled = true;
		});
		worker.once("exit", (code) => {
			if (!settled) reject(new WorkerUnavailable(`${job.name} exited with code ${code} before answering`));
			settled = true;
		});
	});
}
function inWorkerOrHere(file, ask, here) {
	if (file === null) return Promise.resolve(here());
	return ask(file).catch((error) => {
		if (error instanceof WorkerUnavailable) return here();
		throw error;
	});
}
function answerParent(work, transfer = () => []) {
	const port = external_node_worker_threads_namespaceObject.parentPort;
	if (!port) return;
	port.once("message", (asked) => Promise.resolve(asked.request).then(work).then((value) => port.postMessage({ value }, transfer(value)), (error) => port.postMessage({ error: errorData(error) })).then(() => {
		if (asked.next !== undefined) return import((0, external_node_url_namespaceObject.pathToFileURL)(asked.next).href);
	}));
}
;
function table_isNumericColumn(column) {
	return column.type === "numeric" || column.type === "datetime";
}
function table_isCategoricalColumn(column) {
	return column.type === "categorical" || column.type === "boolean";
}
function table_dictionaryOf(column) {
	if (table_isNumericColumn(column)) return null;
	const { codes, levels } = column;
	return codes !== undefined && levels !== undefined ? {
		codes,
		levels
	} : null;
}
;
const DASH = "\u2014";
function significant(x, digits) {
	return Number(x.toPrecision(digits)).toString();
}
function absent(x) {
	return x === null || x === undefined || Number.isNaN(x);
}
function format_formatCount(n) {
	if (!Number.isFinite(n)) return String(n);
	const sign = n < 0 ? "-" : "";
	const digits = String(Math.round(Math.abs(n)));
	return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function format_formatIdRange(min, max) {
	if (min === null || max === null) return "\u2014";
	return min === max ? String(min) : `${min}-${max}`;
}
function format_formatTimeRange(min, max) {
	if (min === null || max === null) return "\u2014";
	const from = new Date(min).toISOString();
	const to = new Date(max).toISOString();
	if (from.slice(0, 4) !== to.slice(0, 4)) return `${from.slice(0, 7)}..${to.slice(0, 7)}`;
	if (from.slice(0, 7) !== to.slice(0, 7)) return `${from.slice(0, 7)}..${to.slice(5, 7)}`;
	if (from.slice(0, 10) !== to.slice(0, 10)) return `${from.slice(0, 10)}..${to.slice(8, 10)}`;
	return from.slice(0, 10);
}
function format_plural(n, singular, pluralForm = `${singular}s`) {
	return `${format_formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
function format_formatNumber(x) {
	if (absent(x)) return DASH;
	if (x === Number.POSITIVE_INFINITY) return "\u221E";
	if (x === Number.NEGATIVE_INFINITY) return "-\u221E";
	if (x === 0) return "0";
	if (x < 0) return `-${format_formatNumber(-x)}`;
	if (x < 1e-300) return "< 1e-300";
	return x < .001 ? x.toExponential(1) : significant(x, 3);
}
function format_formatPValue(p) {
	return format_formatNumber(p);
}
function format_formatSetting(x) {
	return String(x);
}
function format_formatShare(share) {
	if (absent(share)) return DASH;
	const percent = share * 100;
	if (percent > 0 && percent < .1) return `${significant(percent, 2)}%`;
	return `${percent.toFixed(1)}%`;
}
function format_formatValue(value) {
	if (!Number.isFinite(value)) return String(value);
	if (value === 0) return "0";
	const rounded = Number(value.toPrecision(4));
	const magnitude = Math.abs(rounded);
	if (magnitude >= 1e-4 && magnitude < 0x38d7ea4c68000) return rounded.toString();
	return rounded.toExponential();
}
function format_formatPercent(share) {
	if (absent(share)) return DASH;
	return `${Number((share * 100).toFixed(1))}%`;
}
function format_formatRoundPercent(share) {
	return `${(share * 100).toFixed(0)}%`;
}
function format_formatSignedPercent(percent) {
	return `${percent >= 0 ? "+" : ""}${percent.toFixed(1)}%`;
}
function format_formatMetric(x) {
	return absent(x) ? DASH : significant(x, 3);
}
function formatChange(delta) {
	if (absent(delta)) return DASH;
	const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\u00B1";
	return `${sign}${format_formatMetric(Math.abs(delta))}`;
}
function format_formatRatio(x) {
	return significant(x, 2);
}
function format_formatClassShare(share) {
	if (share === 0) return "0%";
	const pct = share * 100;
	return pct >= .1 ? `${pct.toFixed(1)}%` : `${significant(pct, 2)}%`;
}
function format_formatClassPValue(p) {
	if (p === 0) return "0";
	if (p < 1e-300) return "< 1e-300";
	if (p >= .001) return significant(p, 2);
	const [mantissa, exponent] = p.toExponential(1).split("e");
	return `${mantissa.replace(/\.0$/, "")}e${exponent}`;
}
function format_formatError(x) {
	if (x === 0) return "0";
	const abs = Math.abs(x);
	if (abs >= 1e3 || abs < .001) return x.toExponential(2);
	return x.toPrecision(3);
}
function format_formatMeasure(x) {
	return x.toPrecision(3);
}
function formatBinEdge(x) {
	return Number.isInteger(x) ? String(x) : format_formatMeasure(x);
}
function formatChartValue(x, digits = 4) {
	return Number.isFinite(x) ? significant(x, digits) : "0";
}
function format_formatChangeRatio(change) {
	if (absent(change)) return DASH;
	return format_formatRelativeChange(1, 1 + change) ?? DASH;
}
function format_formatQuantity(x) {
	if (absent(x)) return DASH;
	if (!Number.isFinite(x)) return String(x);
	if (x === 0) return "0";
	const rounded = Number(x.toPrecision(4));
	const magnitude = Math.abs(rounded);
	if (magnitude < 1e-4 || magnitude >= 0x38d7ea4c68000) return rounded.toExponential();
	return magnitude >= 1e3 ? format_formatCount(rounded) : rounded.toString();
}
function format_formatInstant(ms) {
	if (!Number.isFinite(ms)) return DASH;
	const iso = new Date(Math.round(ms)).toISOString();
	if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
	if (iso.endsWith(":00.000Z")) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
	return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
function format_formatSpan(ms) {
	const sign = ms < 0 ? "-" : "+";
	const abs = Math.abs(ms);
	const units = [
		[864e5, " days"],
		[36e5, " h"],
		[6e4, " min"],
		[1e3, " s"]
	];
	for (const [size, unit] of units) {
		if (abs >= size) return `${sign}${significant(abs / size, 3)}${unit === " days" && abs === size ? " day" : unit}`;
	}
	return `${sign}${significant(abs, 3)} ms`;
}
function format_formatRelativeChange(before, after) {
	if (before === 0 || !Number.isFinite(before) || !Number.isFinite(after)) return null;
	const percent = (after - before) / Math.abs(before) * 100;
	if (!Number.isFinite(percent)) return null;
	const sign = percent > 0 ? "+" : percent < 0 ? "-" : "\u00B1";
	const abs = Math.abs(percent);
	const digits = abs < 10 ? Number(abs.toFixed(1)).toString() : format_formatCount(Math.round(abs));
	return `${sign}${digits}%`;
}
function formatBound(x) {
	if (x > 0 && x >= 1e-6 && x < .001) return `\u00B1${Number(x.toPrecision(2))}`;
	return `\u00B1${format_formatNumber(x)}`;
}
;
const IMAGE_LENS_NAMES = {
	reconstruction: "mean reconstruction error",
	exceedance: "images reconstructed worse than 95% of the reference",
	flatness: "images losing their perfectly flat areas",
	summaries: "image summaries",
	pca: "principal-component scores",
	"class-shares": "class shares",
	"class-reconstruction": "reconstruction error per class"
};
function image_wording_imageLensName(id) {
	return IMAGE_LENS_NAMES[id];
}
function imageLensFinding(lens) {
	const quoted = lens.strongest === null ? "" : `'${lens.strongest}'`;
	switch (lens.id) {
		case "reconstruction": return `mean reconstruction error ${formatError(lens.candidateValue ?? 0)} vs ${formatError(lens.referenceValue ?? 0)}${lens.statistic === null ? "" : ` (${formatSignedPercent(lens.statistic * 100)})`}`;
		case "exceedance": return `${formatShare(lens.candidateValue)} of candidate images reconstructed worse than 95% of held-out reference images (${formatShare(lens.referenceValue)} expected)`;
		case "flatness": return `${formatShare(lens.candidateValue)} of candidate images have fewer perfectly flat pixels than 95% of reference images (${formatShare(lens.referenceValue)} expected): fine noise or grain`;
		case "summaries": return `${quoted} moved most (KS D ${formatNumber(lens.statistic)}, mean ${formatMeasure(lens.referenceValue ?? 0)} -> ${formatMeasure(lens.candidateValue ?? 0)})`;
		case "pca": return `${lens.strongest ?? "a component"} scores moved most (KS D ${formatNumber(lens.statistic)})`;
		case "class-shares": return `class ${quoted} ${formatClassShare(lens.referenceValue ?? 0)} -> ${formatClassShare(lens.candidateValue ?? 0)}`;
		case "class-reconstruction": return `class ${quoted} reconstructed ${formatSignedPercent((lens.statistic ?? 0) * 100)} worse (${formatError(lens.candidateValue ?? 0)} vs ${formatError(lens.referenceValue ?? 0)})`;
	}
}
function imageCheckConclusion(check) {
	const ran = check.lenses.filter((lens) => lens.status === "ok");
	const fired = ran.filter((lens) => lens.fired);
	const level = `Holm-corrected, false-alarm rate ${formatPercent(check.alpha)}`;
	if (fired.length > 0) {
		const findings = fired.map((lens) => {
			const what = lens.strongest === null ? "" : `, ${imageLensFinding(lens)}`;
			return `${image_wording_imageLensName(lens.id)} (adjusted p ${formatPValue(lens.adjustedPValue)}${what})`;
		});
		return `Image drift seen by ${formatCount(fired.length)} of ${plural(ran.length, "lens", "lenses")} (${level}): ${findings.join("; ")}.`;
	}
	const seen = [];
	if (check.detectableIncrease !== null) seen.push(`a mean reconstruction-error increase of ${formatSignedPercent(check.detectableIncrease * 100)} or more`);
	if (check.detectableBeyond !== null) seen.push(`${formatCount(check.detectableBeyond)} or more of them reconstructed worse than 95% of the reference`);
	const honest = seen.length > 0 ? ` With ${plural(check.candidateImages, "candidate image")}, the reconstruction lenses could only have seen ${seen.join(", or ")}: no drift found is not proof of no change.` : "";
	return `None of the ${plural(ran.length, "image lens", "image lenses")} fired (${level}).${honest}`;
}
function constantPropertiesText(constant) {
	if (constant.length === 0) return "";
	const byName = new Map(constant.map((c) => [c.name, c.value]));
	const parts = [];
	const size = byName.get("size");
	if (size !== undefined) parts.push(size.replace("x", " x "));
	else {
		for (const name of [
			"width",
			"height",
			"aspect_ratio"
		]) if (byName.has(name)) parts.push(`${name.replace("_", " ")} ${byName.get(name)}`);
	}
	const format = byName.get("format");
	if (format !== undefined) parts.push(format.toUpperCase());
	const folded = new Set([
		"size",
		"format",
		...size !== undefined ? [
			"width",
			"height",
			"aspect_ratio"
		] : []
	]);
	for (const c of constant) if (!folded.has(c.name) && !(size === undefined && [
		"width",
		"height",
		"aspect_ratio"
	].includes(c.name))) parts.push(`${c.name.replace("_", " ")} ${c.value}`);
	return `All images ${parts.join(", ")} (the same on both sides: not compared as columns).`;
}
function imageCheckSkippedText(reason, unreadable) {
	return `Image reconstruction check skipped: ${reason}.${unreadable}`;
}
function unreadableImagesText(sides) {
	const parts = sides.filter(({ count }) => count > 0).map(({ side, count, names }) => {
		const more = count > names.length ? `, and ${count - names.length} more` : "";
		return `${count} unreadable ${side} image${count > 1 ? "s" : ""} skipped (${names.join(", ")}${more})`;
	});
	return parts.length > 0 ? ` ${parts.join("; ")}.` : "";
}
;
const PATTERN_LABEL = {
	jump: "sudden jump",
	creep: "slow creep",
	spike: "one-period spike",
	stable: "stable"
};
const RELATIVE_CHANGE_SHOWN_UP_TO = 1;
function medianStepText(trend) {
	const { medianChange, medianFrom, medianTo } = trend;
	if (medianChange !== null && Math.abs(medianChange) <= RELATIVE_CHANGE_SHOWN_UP_TO) {
		return `median ${formatChangeRatio(medianChange)}`;
	}
	if (medianFrom !== null && medianTo !== null) return `median ${formatValue(medianFrom)} \u2192 ${formatValue(medianTo)}`;
	return null;
}
function trendReasonText(trend) {
	const since = trend.since ?? "?";
	switch (trend.pattern) {
		case "jump": {
			const size = medianStepText(trend) ?? `effect size ${formatNumber(trend.effects[trend.effects.length - 1])}`;
			return `${trend.name}: sudden jump since ${since} (${size})`;
		}
		case "creep": {
			const pace = trend.medianChange !== null ? `about ${formatChangeRatio(trend.medianChange)} a period` : `effect size up about ${formatNumber(trend.slope)} a period`;
			return `${trend.name}: slow creep, ${pace}, drift since ${since}`;
		}
		case "spike": {
			const step = medianStepText(trend);
			const size = step !== null ? ` (${step})` : "";
			return `${trend.name}: one-period spike in ${since}${size}, then back`;
		}
		case "stable": return null;
	}
}
function failedPeriodText(name, firstReason) {
	return `period ${name} failed${firstReason ? `: ${firstReason}` : ""}`;
}
function unlabelledText(periods, shown = 12) {
	const listed = periods.slice(-shown).join(", ");
	const more = periods.length > shown ? ` (latest ${shown} listed)` : "";
	return `Labels not arrived yet for ${plural(periods.length, "period")}${more}: ${listed}. Performance is computed for the labelled periods only.`;
}
function skippedHistoryText(line, reason) {
	return `history line ${line} skipped: ${reason}`;
}
const TREND_METHOD_LINE = "Jump: a consecutive-period comparison that is itself drift and persists; creep: effect sizes rising across periods (Mann-Kendall, Benjamini-Hochberg across columns) into drift; spike: one period off, then back.";
function periodsHeadline(periods) {
	const first = periods[0]?.name ?? "";
	const last = periods[periods.length - 1]?.name ?? "";
	const range = periods.length > 1 ? `${first} \u2026 ${last}` : last;
	const fromHistory = periods.filter((p) => p.origin === "history").length;
	const history = fromHistory > 0 ? `, ${formatCount(fromHistory)} from the history file` : "";
	return `${plural(periods.length, "period")}, ${range} (latest: ${last})${history}`;
}
function trendChangeText(trend) {
	switch (trend.pattern) {
		case "jump":
		case "spike": return medianStepText(trend) ?? "\u2014";
		case "creep": return trend.medianChange !== null ? `median ${formatChangeRatio(trend.medianChange)} a period` : `effect ${formatNumber(trend.slope)} a period`;
		case "stable": return "\u2014";
	}
}
function periodNotes(trend) {
	const notes = [];
	if (trend.unlabelled.length > 0) notes.push(unlabelledText(trend.unlabelled));
	for (const skipped of trend.history?.skippedLines ?? []) notes.push(skippedHistoryText(skipped.line, skipped.reason));
	return notes;
}
function periods_wording_trendHeadlineParts(report) {
	const { trend, periods } = report;
	if (!trend || !periods || periods.length === 0) return [];
	const latest = periods[periods.length - 1].name;
	const failOnAny = report.settings.failOnPeriod === "any";
	const jumps = trend.columns.filter((t) => t.pattern === "jump");
	const latestJumps = jumps.filter((t) => t.since === latest).length;
	const olderJumps = jumps.length - latestJumps;
	const creeps = trend.columns.filter((t) => t.pattern === "creep").length;
	const parts = [];
	if (latestJumps > 0) {
		parts.push({
			level: "fail",
			rank: .5,
			text: `sudden jump in the latest period (${plural(latestJumps, "column")})`
		});
	}
	if (olderJumps > 0) {
		parts.push({
			level: failOnAny ? "fail" : "warn",
			rank: .6,
			text: `sudden jump in an earlier period (${plural(olderJumps, "column")})`
		});
	}
	if (creeps > 0) parts.push({
		level: "warn",
		rank: .7,
		text: `slow creep (${plural(creeps, "column")})`
	});
	return parts;
}
;
const METRIC_LABEL = {
	accuracy: "accuracy",
	macroF1: "macro F1",
	rocAuc: "ROC AUC",
	r2: "R\u00B2",
	mae: "MAE",
	rmse: "RMSE"
};
const MAX_CLASS_NAME = 40;
const CLASSES_LISTED = 10;
const LISTED = 3;
function sentenceNumber(x) {
	return x === null ? "not finite" : formatNumber(x);
}
function criterionText(c, name) {
	const below = c.kind === "p-value" ? c.passed : !c.passed;
	return `${name} ${sentenceNumber(c.value)} ${below ? "<" : ">="} ${formatSetting(c.threshold)}`;
}
function wording_columnSkipText(skip) {
	switch (skip.kind) {
		case "too-sparse": return `too many categories for the rows (${skip.categories} categories, ${skip.smallerSide} values on the smaller side): name a test for it or ignore it`;
		case "type-differs": return `type differs: ${skip.reference} in the reference, ${skip.candidate} in the candidate`;
		case "test-skipped":
		case "not-comparable": return skip.message;
		case "missing-in-candidate": return "column is missing from the candidate";
		case "missing-in-reference": return "column is new in the candidate";
		case "role-range": return `${skip.role === "identifier" ? "id range" : "time"} ${skip.reference} \u2192 ${skip.candidate}`;
	}
}
function wording_roleRangeExplanation(role, range) {
	const what = role === "identifier" ? "row ids (unique, increasing with the row order) are not drift" : "a time axis moves on with every new batch, which is not drift";
	return `Not tested: ${range}; ${what} (to test it, set its \`type\` in column-settings: \`${role === "identifier" ? "numeric" : "datetime"}\`)`;
}
function onlyMissingShareText(reason) {
	return `${reason}; only the missing share is compared`;
}
function wording_notComparedText(reason) {
	return `Not compared: ${reason}`;
}
function rareClassText(c) {
	const direction = c.candidateShare > c.referenceShare ? "rose" : "fell";
	return `class '${className(c)}' ${direction} from ${formatClassShare(c.referenceShare)} to ${formatClassShare(c.candidateShare)} (${classChange(c)})`;
}
function className(c) {
	return c.class.length > MAX_CLASS_NAME ? `${c.class.slice(0, MAX_CLASS_NAME - 1)}\u2026` : c.class;
}
function classChange(c) {
	const ratio = c.referenceShare === 0 ? "new" : c.candidateShare === 0 ? "vanished" : `x${formatRatio(c.candidateShare / c.referenceShare)}`;
	return `${ratio}, adjusted p ${formatClassPValue(c.adjustedPValue)}`;
}
function movedClassesText(classes) {
	if (classes.length === 1) return rareClassText(classes[0]);
	const shown = classes.slice(0, CLASSES_LISTED).map((c) => `'${className(c)}' ${formatClassShare(c.referenceShare)} \u2192 ${formatClassShare(c.candidateShare)} (${classChange(c)})`);
	const more = classes.length - shown.length;
	return `${classes.length} classes changed share: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
function wording_columnExplanation(decision, reason) {
	const causes = [];
	const context = [];
	const values = decision.values;
	if (values?.rule === "auto") {
		const significance = criterionText(values.significance, "adjusted p");
		const size = criterionText(values.effect, values.effect.test);
		if (values.drift) causes.push(`significant (${significance}) and large enough (${size})`);
		else if (values.significance.passed) context.push(`values significant (${significance}) but below min-effect (${size})`);
		else context.push(`values not significant (${significance}; ${size})`);
	} else if (values?.rule === "named") {
		const score = values.score;
		const text = criterionText(score, score.kind === "p-value" ? `${score.test} adjusted p` : score.test);
		(values.drift ? causes : context).push(text);
	} else if (reason) {
		context.push(reason);
	}
	if (decision.movedClasses.length > 0) {
		(decision.drift ? causes : context).push(movedClassesText(decision.movedClasses));
	}
	const missing = decision.missingShare;
	const missingChange = missing ? `missing share changed from ${formatShare(missing.reference)} to ${formatShare(missing.candidate)} (adjusted p ${sentenceNumber(missing.adjustedPValue)})` : "";
	if (missing?.drift) causes.push(missingChange);
	else if (missing?.significant) context.push(`${missingChange}, below missing-share-change ${formatShare(missing.minChange)}`);
	if (decision.drift) return `Drift: ${[...causes, ...context].join("; ")}`;
	return `${decision.outcome === "warn" ? "Warning" : "No drift"}: ${context.join("; ")}`;
}
const ONE_COLUMN_SHARE = .8;
const CONTRIBUTORS_LISTED = 3;
function multivariateConclusionText(contributions) {
	const [top] = contributions;
	if (top && top.share >= ONE_COLUMN_SHARE) {
		return `one column explains it: ${top.column} (${format_formatRoundPercent(top.share)} of the increase) \u2014 see its column test`;
	}
	const named = contributions.filter((c) => c.share > 0).slice(0, CONTRIBUTORS_LISTED).map((c) => `${c.column} ${format_formatRoundPercent(c.share)}`);
	const relationships = "how the columns vary together changed (check pairs of columns, not only each column)";
	return named.length > 0 ? `${relationships}; largest shares of the increase: ${named.join(", ")}` : relationships;
}
function multivariateSkippedText(reason) {
	return `Multivariate check skipped: ${reason}.`;
}
function driftCountText(count) {
	return `${count.drifted} of ${count.compared} compared columns drifted (${formatPercent(count.share)})`;
}
function droppedMetricText(c) {
	const by = c.higherIsBetter ? `a drop of ${formatMetric(Math.abs(c.change ?? 0))}, more than performance-margin ${formatSetting(c.margin)}` : `a rise of ${formatPercent(Math.abs(c.relativeChange ?? 1))}, more than ${formatPercent(c.margin)}`;
	return `${METRIC_LABEL[c.metric]} ${formatMetric(c.reference)} \u2192 ${formatMetric(c.candidate)} (${by})`;
}
function listed(items, total) {
	const shown = items.slice(0, LISTED);
	return `${shown.join("; ")}${total > shown.length ? "; ..." : ""}`;
}
function verdictReasonText(reason) {
	switch (reason.kind) {
		case "dataset-drift":
			if (reason.drift) return `Dataset drift: ${driftCountText(reason.count)}, at or above drift-share ${formatPercent(reason.threshold)}`;
			return reason.count.drifted > 0 ? `${driftCountText(reason.count)}, below drift-share ${formatPercent(reason.threshold)}: not dataset drift` : `No dataset drift: ${driftCountText(reason.count)}, below drift-share ${formatPercent(reason.threshold)}`;
		case "column-drift": return `${reason.drift ? "Column drift" : "No column drift"}: ${driftCountText(reason.count)}`;
		case "never-fails": return `${driftCountText(reason.count)}; fail-on is 'never', so the run passes`;
		case "target-drift": {
			const why = reason.notGatingBecause === null ? "" : ` (not gating: ${reason.notGatingBecause === "fail-on-never" ? "fail-on is 'never'" : "fail-on-target-drift is false"})`;
			return `Target '${reason.target}' drifted${why}: ${reason.explanation.replace(/^Drift: /, "")}`;
		}
		case "performance-dropped": return `Performance dropped: ${reason.metrics.map(droppedMetricText).join("; ")}`;
		case "critical-rows": {
			const rows = reason.examples.map((e) => `${e.row} (${e.status}${e.columns.length > 0 ? `: ${e.columns.slice(0, LISTED).join(", ")}` : ""})`);
			const lost = reason.removed + reason.changed;
			return `Critical rows: ${reason.removed} of ${reason.rows} removed${reason.keyed ? `, ${reason.changed} changed` : " or changed"}: ${listed(rows, lost)}`;
		}
		case "joint-drift": {
			const check = reason.check === "images" ? "Image" : "Multivariate";
			return `${check} ${reason.outcome === "fail" ? "drift" : "check warning"}: ${reason.explanation}`;
		}
		case "quality-errors": {
			const count = reason.messages.length;
			return `${count} data-quality error${count === 1 ? "" : "s"}: ${listed(reason.messages, count)}`;
		}
		case "column-warnings": {
			const count = reason.columns.length;
			return `Warning: ${plural(count, "column")} changed significantly but below the minimum effect: ${listed(reason.columns, count)}`;
		}
		case "quality-warnings": {
			const count = reason.messages.length;
			return `${plural(count, "data-quality warning")}: ${listed(reason.messages, count)}`;
		}
		case "fail-on-warning": return "fail-on is 'warning', so the warnings fail the run";
	}
}
function reconstructionText(r) {
	const change = r.relativeIncreasePercent === null ? "reconstruction error up from a zero baseline" : `${formatSignedPercent(r.relativeIncreasePercent)} reconstruction error`;
	return r.outcome === "warn" ? `${change}, below the ${formatRoundPercent(r.minIncrease)} minimum increase` : change;
}
function columnPart(report, failOn) {
	const { dataset } = report;
	const drifted = dataset.driftedColumns.length;
	const of = `${formatCount(drifted)} of ${plural(dataset.comparedColumns, "column")}`;
	const threshold = formatPercent(dataset.threshold);
	const part = (level, text) => ({
		level,
		rank: 6,
		text,
		columns: true
	});
	if (dataset.comparedColumns === 0) return part("pass", `no columns compared (${plural(report.columns.length, "column")} in total)`);
	if (dataset.drift) return part("fail", `data drift in ${of} (${formatPercent(dataset.driftShare)}, threshold ${threshold})`);
	if (drifted > 0 && (failOn === "column-drift" || failOn === "warning")) return part("fail", `column drift in ${of} (${formatPercent(dataset.driftShare)})`);
	if (drifted > 0) return part("warn", `${of} drifted (${formatPercent(dataset.driftShare)}), below the ${threshold} drift share`);
	return part("pass", `no drift in ${plural(dataset.comparedColumns, "compared column")} (threshold ${threshold})`);
}
function headline(report) {
	const failOn = typeof report.settings.failOn === "string" ? report.settings.failOn : "dataset-drift";
	const parts = [];
	const errors = report.quality.filter((q) => q.severity === "error").length;
	if (errors > 0) parts.push({
		level: "fail",
		rank: 0,
		text: plural(errors, "data-quality error")
	});
	parts.push(...trendHeadlineParts(report));
	if (report.columns.some((c) => c.role === "target" && c.drift)) {
		const gating = report.settings.failOnTargetDrift !== false;
		parts.push({
			level: gating ? "fail" : "warn",
			rank: 1,
			text: "target drifted"
		});
	}
	if (report.performance?.dropped) parts.push({
		level: "fail",
		rank: 2,
		text: "model performance dropped"
	});
	const critical = report.critical;
	if (critical && critical.removed + critical.changed > 0) parts.push({
		level: "fail",
		rank: 3,
		text: `${plural(critical.removed + critical.changed, "critical row")} removed or changed`
	});
	const images = report.images;
	if (images?.status === "ok" && images.outcome !== "pass") {
		const what = images.outcome === "fail" ? "image drift" : "images changed slightly";
		const seenBy = images.outcome === "fail" && !images.firedLenses.includes("reconstruction") ? `seen by ${images.firedLenses.map(imageLensName).join(", ")}` : reconstructionText(images.reconstruction);
		parts.push({
			level: images.outcome,
			rank: 4,
			text: `${what} (${seenBy})`
		});
	}
	const multivariate = report.multivariate;
	if (multivariate?.status === "ok" && multivariate.outcome !== "pass") {
		const what = multivariate.outcome === "fail" ? "multivariate drift" : "rows changed slightly together";
		parts.push({
			level: multivariate.outcome,
			rank: 5,
			text: `${what} (${reconstructionText(multivariate)})`
		});
	}
	const columns = columnPart(report, failOn);
	parts.push(columns);
	const slight = report.dataset.warningColumns.length;
	if (slight > 0) parts.push({
		level: "warn",
		rank: 7,
		text: `${plural(slight, "column")} changed slightly (significant, below the minimum effect)`
	});
	const warnings = report.quality.filter((q) => q.severity === "warning").length;
	if (warnings > 0) parts.push({
		level: "warn",
		rank: 8,
		text: plural(warnings, "data-quality warning")
	});
	const weight = {
		fail: 0,
		warn: 1,
		pass: 2
	};
	parts.sort((a, b) => weight[a.level] - weight[b.level] || a.rank - b.rank);
	const words = (list) => list.map((p) => p.text).join("; ");
	const verdict = report.verdict;
	const failing = parts.some((p) => p.level === "fail");
	const accepted = acceptedHeadline(report);
	if (accepted !== null) return {
		verdict,
		text: `${accepted}: ${words(parts)}`
	};
	if (verdict === "fail") {
		return {
			verdict,
			text: failing ? words(parts) : `warnings fail the run (fail-on is 'warning'): ${words(parts)}`
		};
	}
	if (verdict === "warn") {
		if (failing) return {
			verdict,
			text: `passes (fail-on is 'never'): ${words(parts)}`
		};
		if (columns.level === "warn") return {
			verdict,
			text: `passes: ${words([columns, ...parts.filter((p) => p !== columns)])}`
		};
		return {
			verdict,
			text: `passes with warnings: ${words(parts)}`
		};
	}
	return {
		verdict,
		text: words(parts)
	};
}
function quantityText(x, datetime) {
	return datetime ? formatInstant(x) : formatQuantity(x);
}
function pairText(value, datetime) {
	const before = quantityText(value.reference, datetime);
	const after = quantityText(value.candidate, datetime);
	if (before === after) return `${before} \u2192 ${after}`;
	const change = datetime ? formatSpan(value.candidate - value.reference) : formatRelativeChange(value.reference, value.candidate);
	return change ? `${before} \u2192 ${after} (${change})` : `${before} \u2192 ${after}`;
}
function classMovesText(change) {
	return change.classes.map((c) => `'${c.name.length > MAX_CLASS_NAME ? `${c.name.slice(0, MAX_CLASS_NAME - 1)}\u2026` : c.name}' ${formatClassShare(c.reference)} \u2192 ${formatClassShare(c.candidate)}`).join(", ");
}
function changeCellText(change) {
	if (!change) return "\u2014";
	if (change.kind === "classes") return classMovesText(change);
	return `median ${pairText(change.median, change.datetime)}`;
}
function valuesCauseText(change) {
	const { datetime } = change;
	const median = `median ${pairText(change.median, datetime)}`;
	const p5 = `p5 ${pairText(change.p5, datetime)}`;
	const p95 = `p95 ${pairText(change.p95, datetime)}`;
	const mean = `mean ${pairText(change.mean, datetime)}`;
	switch (change.direction) {
		case "higher":
		case "lower": return `${change.direction}: ${median}, ${change.direction === "higher" ? p95 : p5}, ${mean}`;
		case "wider":
		case "narrower": return `${change.direction} spread: ${p5}, ${p95}, ${median}`;
		default: return `similar values: ${median}, ${mean}`;
	}
}
function changeCauseText(change, missing) {
	const parts = [];
	if (missing.changed) {
		const more = missing.candidate > missing.reference ? "more" : "fewer";
		parts.push(`${more} missing values: ${formatShare(missing.reference)} \u2192 ${formatShare(missing.candidate)}`);
	}
	if (change?.kind === "values") parts.push(valuesCauseText(change));
	else if (change) parts.push(`classes moved: ${classMovesText(change)}`);
	return parts.join("; ");
}
function nextStepText(next) {
	const steps = [];
	if (next.qualityErrors > 0) steps.push("fix the data-quality errors first: they fail the run on their own");
	if (next.labelColumns.length > 0) steps.push(`check the labels (${next.labelColumns.map((c) => `'${c}'`).join(", ")}) before training on them`);
	if (next.changedRows > 0) steps.push("look at the changed rows in the training-data diff");
	if (next.driftedColumns.length > 0) {
		const listed = next.driftedColumns.slice(0, LISTED).map((c) => `'${c}'`).join(", ");
		const more = next.driftedColumns.length > LISTED ? ` and ${next.driftedColumns.length - LISTED} more` : "";
		steps.push(`if the change in ${listed}${more} is intended, accept it on record (an accept entry with the column and a reason, or the pull request's accept label); otherwise fix the data`);
	} else if (next.warned) {
		steps.push("nothing blocks the merge; the warnings say what to watch");
	}
	if (steps.length === 0) return "";
	const text = steps.join("; ");
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
function tableSettingsText(settings) {
	const alpha = settings.alpha === null ? "alpha" : formatSetting(settings.alpha);
	const minEffect = settings.minEffect === null ? "min-effect" : formatSetting(settings.minEffect);
	const correction = settings.correction ? `; correction ${settings.correction}` : "";
	return `Auto mode: a column drifts when its change is significant (adjusted p < ${alpha}: ${settings.tests}${correction}) and large enough (effect \u2265 ${minEffect}: ${settings.effects}). n.s.: not significant.`;
}
function chartNoteText(note, quoteName = (n) => `'${n}'`) {
	const parts = [`Bars: red drifted, yellow warned, green stable${note.total > note.shown ? ` (top ${note.shown} of ${note.total})` : ""}. The line is min-effect: a column drifts when its bar reaches the line and its change is significant, or when a class or its missing share moved (see why they drifted).`];
	if (note.aboveLineNotDrifted.length > 0) {
		const names = note.aboveLineNotDrifted.slice(0, LISTED).map(quoteName).join(", ");
		parts.push(`${names} reach${note.aboveLineNotDrifted.length === 1 ? "es" : ""} the line without drifting: not significant (n.s.).`);
	}
	if (note.clipAt !== null && note.clipped.length > 0) {
		const names = note.clipped.map((c) => `${quoteName(c.name)} (${formatNumber(c.value)})`).join(", ");
		parts.push(`Axis clipped at ${formatNumber(note.clipAt)}: ${names} ${note.clipped.length === 1 ? "is" : "are"} far larger.`);
	}
	return parts.join(" ");
}
;
let shared = null;
function sharingSums(body) {
	const outer = shared;
	shared = new Map();
	try {
		return body();
	} finally {
		shared = outer;
	}
}
function plainSums(values) {
	const known = shared?.get(values);
	if (known) return known;
	let sum = 0;
	let sumAbs = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		sum += value;
		sumAbs += Math.abs(value);
	}
	const sums = {
		sum,
		sumAbs
	};
	shared?.set(values, sums);
	return sums;
}
;
function ascending(values) {
	const out = Float64Array.from(values);
	out.sort();
	return out;
}
function searchRight(a, x) {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (a[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
function searchLeft(a, x) {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (a[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
function pooledRanksSorted(a, b) {
	const n = a.length;
	const m = b.length;
	const ranksA = new Float64Array(n);
	const ranksB = new Float64Array(m);
	const ties = [];
	let i = 0;
	let j = 0;
	let below = 0;
	while (i < n || j < m) {
		const x = i < n && (j >= m || a[i] <= b[j]) ? a[i] : b[j];
		const i0 = i;
		const j0 = j;
		while (i < n && a[i] === x) i++;
		while (j < m && b[j] === x) j++;
		const count = i - i0 + (j - j0);
		const rank = (2 * below + count + 1) / 2;
		for (let k = i0; k < i; k++) ranksA[k] = rank;
		for (let k = j0; k < j; k++) ranksB[k] = rank;
		ties.push(count);
		below += count;
	}
	return {
		ranksA,
		ranksB,
		ties
	};
}
function gcd(a, b) {
	let x = Math.abs(a);
	let y = Math.abs(b);
	while (y) [x, y] = [y, x % y];
	return x;
}
function pyFloorDiv(a, b) {
	let mod = a % b;
	let div = (a - mod) / b;
	if (mod) {
		if (b < 0 !== mod < 0) {
			mod += b;
			div -= 1;
		}
	}
	if (div) {
		let floordiv = Math.floor(div);
		if (div - floordiv > .5) floordiv += 1;
		return floordiv;
	}
	return 0 * Math.sign(a / b);
}
function meanVar(x, ddof) {
	const n = x.length;
	const mean = plainSums(x).sum / n;
	let ss = 0;
	for (let i = 0; i < n; i++) {
		const d = x[i] - mean;
		ss += d * d;
	}
	return {
		mean,
		variance: ss / (n - ddof)
	};
}
function skipped(reason) {
	return {
		status: "skipped",
		reason
	};
}
function ok(statistic, pValue) {
	return {
		status: "ok",
		statistic,
		pValue
	};
}
function requireNumeric(id, input, minEach = 1) {
	if (input.kind !== "numeric") return skipped(`${id} applies to numeric columns only`);
	if (input.reference.length < minEach || input.candidate.length < minEach) {
		const what = minEach === 1 ? "at least one value" : `at least ${minEach} values`;
		return skipped(`${id} requires ${what} in each sample`);
	}
	return input;
}
function requireCategorical(id, input) {
	if (input.kind !== "categorical") return skipped(`${id} applies to categorical columns only`);
	return input;
}
function isResult(x) {
	return typeof x === "object" && x !== null && "status" in x;
}
function sum(values) {
	let s = 0;
	for (let i = 0; i < values.length; i++) s += values[i];
	return s;
}
;
const RADIX_MIN_LENGTH = 4096;
const BUCKETS = 2048;
const MASK = BUCKETS - 1;
const PASSES = 6;
let scratch = new Uint32Array(0);
function isSortedAscending(values) {
	for (let i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
	return true;
}
function countDigits(counts, low, high) {
	counts[low & MASK]++;
	counts[BUCKETS + (low >>> 11 & MASK)]++;
	counts[2 * BUCKETS + (low >>> 22 | (high & 1) << 10)]++;
	counts[3 * BUCKETS + (high >>> 1 & MASK)]++;
	counts[4 * BUCKETS + (high >>> 12 & MASK)]++;
	counts[5 * BUCKETS + (high >>> 23)]++;
}
function sortFloat64(values) {
	const n = values.length;
	if (n < RADIX_MIN_LENGTH) return values.sort();
	if (decimalSorted(values, values, n) === n) return values;
	const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
	const counts = new Uint32Array(PASSES * BUCKETS);
	for (let i = 0; i < n; i++) {
		let high = words[2 * i + 1];
		let low = words[2 * i];
		if (high & 2147483648) {
			high = ~high >>> 0;
			low = ~low >>> 0;
			words[2 * i] = low;
		} else high = (high | 2147483648) >>> 0;
		words[2 * i + 1] = high;
		countDigits(counts, low, high);
	}
	return radixPasses(words, n, counts, values);
}
function sortedPresent(values, out) {
	const n = values.length;
	let count = 0;
	if (n < RADIX_MIN_LENGTH) {
		for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) out[count++] = values[i];
		return out.subarray(0, count).sort();
	}
	count = decimalSorted(values, out, n);
	if (count >= 0) return out.subarray(0, count);
	count = 0;
	const source = new Uint32Array(values.buffer, values.byteOffset, n * 2);
	const words = new Uint32Array(out.buffer, out.byteOffset, out.length * 2);
	const counts = new Uint32Array(PASSES * BUCKETS);
	for (let i = 0; i < n; i++) {
		if (Number.isNaN(values[i])) continue;
		let high = source[2 * i + 1];
		let low = source[2 * i];
		if (high & 2147483648) {
			high = ~high >>> 0;
			low = ~low >>> 0;
		} else high = (high | 2147483648) >>> 0;
		words[2 * count] = low;
		words[2 * count + 1] = high;
		countDigits(counts, low, high);
		count++;
	}
	const present = out.subarray(0, count);
	return radixPasses(words.subarray(0, 2 * count), count, counts, present);
}
const MAX_PLACES = 9;
const POWERS_OF_TEN = Array.from({ length: MAX_PLACES + 1 }, (_, k) => 10 ** k);
const PLACES_SAMPLE = 64;
function placesOf(value) {
	for (let k = 0; k <= MAX_PLACES; k++) {
		const scale = POWERS_OF_TEN[k];
		if (Math.round(value * scale) / scale === value) return k;
	}
	return -1;
}
function decimalSorted(values, out, n) {
	let places = -1;
	for (let s = 0; s < PLACES_SAMPLE; s++) {
		const value = values[Math.floor(s * n / PLACES_SAMPLE)];
		if (Number.isNaN(value)) continue;
		const k = placesOf(value);
		if (k < 0) return -1;
		if (k > places) places = k;
	}
	if (places < 0) return -1;
	if (scratch.length < n * 2) scratch = new Uint32Array(n * 2);
	const offsets = new Int32Array(scratch.buffer, 0, n);
	let scale = POWERS_OF_TEN[places];
	let first = 0;
	let least = Infinity;
	let most = -Infinity;
	let count = 0;
	let negativeZeros = 0;
	for (let i = 0; i < n; i++) {
		const value = values[i];
		if (Number.isNaN(value)) continue;
		const units = Math.round(value * scale);
		if (units / scale !== value || !(Math.abs(units) <= MAX_EXACT)) {
			const more = placesOf(value);
			if (more <= places || !(Math.abs(value) * POWERS_OF_TEN[more] <= MAX_EXACT)) return -1;
			places = more;
			scale = POWERS_OF_TEN[places];
			least = Infinity;
			most = -Infinity;
			count = negativeZeros = 0;
			i = -1;
			continue;
		}
		if (count === 0) first = units;
		offsets[count++] = units - first;
		if (units < least) least = units;
		if (units > most) most = units;
		if (value === 0 && 1 / value < 0) negativeZeros++;
	}
	const spread = most - least;
	if (count === 0 || spread > 4294967295 || out === values && count !== n) return -1;
	const shift = least - first | 0;
	if (spread < count) countingSort(offsets, count, shift, spread, out, least, scale);
	else radixSort32(offsets, count, shift, out, least, scale);
	if (negativeZeros > 0) {
		const negatives = searchLeft(out.subarray(0, count), 0);
		out.fill(-0, negatives, negatives + negativeZeros);
	}
	return count;
}
function countingSort(offsets, count, shift, spread, out, least, scale) {
	const counts = scratch.subarray(count, count + spread + 1);
	counts.fill(0);
	for (let i = 0; i < count; i++) counts[offsets[i] - shift | 0]++;
	let at = 0;
	for (let key = 0; key <= spread; key++) {
		const end = at + counts[key];
		if (end === at) continue;
		const value = (key + least) / scale;
		while (at < end) out[at++] = value;
	}
}
function radixSort32(offsets, count, shift, out, least, scale) {
	let keys = scratch.subarray(0, count);
	let target = scratch.subarray(count, 2 * count);
	const counts = new Uint32Array(3 * BUCKETS);
	for (let i = 0; i < count; i++) {
		const key = offsets[i] - shift >>> 0;
		keys[i] = key;
		counts[key & MASK]++;
		counts[BUCKETS + (key >>> 11 & MASK)]++;
		counts[2 * BUCKETS + (key >>> 22)]++;
	}
	for (let pass = 0; pass < 3; pass++) {
		const offset = pass * BUCKETS;
		const digit = pass * 11;
		if (digitShared(counts, offset, count)) continue;
		prefixSums(counts, offset);
		for (let i = 0; i < count; i++) {
			const key = keys[i];
			target[counts[offset + (key >>> digit & MASK)]++] = key;
		}
		const swap = keys;
		keys = target;
		target = swap;
	}
	for (let i = 0; i < count; i++) out[i] = (keys[i] + least) / scale;
}
const MAX_EXACT = 2 ** 53;
function digitShared(counts, offset, n) {
	for (let d = 0; d < BUCKETS; d++) {
		if (counts[offset + d] !== 0) return counts[offset + d] === n;
	}
	return false;
}
function prefixSums(counts, offset) {
	let total = 0;
	for (let d = 0; d < BUCKETS; d++) {
		const count = counts[offset + d];
		counts[offset + d] = total;
		total += count;
	}
}
function radixPasses(words, n, counts, values) {
	if (scratch.length < n * 2) scratch = new Uint32Array(n * 2);
	let source = words;
	let target = scratch;
	for (let pass = 0; pass < PASSES; pass++) {
		const offset = pass * BUCKETS;
		if (digitShared(counts, offset, n)) continue;
		prefixSums(counts, offset);
		if (pass < 2) {
			const shift = pass * 11;
			for (let i = 0; i < n; i++) {
				const low = source[2 * i];
				const at = 2 * counts[offset + (low >>> shift & MASK)]++;
				target[at] = low;
				target[at + 1] = source[2 * i + 1];
			}
		} else if (pass === 2) {
			for (let i = 0; i < n; i++) {
				const low = source[2 * i];
				const high = source[2 * i + 1];
				const at = 2 * counts[offset + (low >>> 22 | (high & 1) << 10)]++;
				target[at] = low;
				target[at + 1] = high;
			}
		} else {
			const shift = 1 + (pass - 3) * 11;
			for (let i = 0; i < n; i++) {
				const high = source[2 * i + 1];
				const at = 2 * counts[offset + (high >>> shift & MASK)]++;
				target[at] = source[2 * i];
				target[at + 1] = high;
			}
		}
		const swap = source;
		source = target;
		target = swap;
	}
	for (let i = 0; i < n; i++) {
		const high = source[2 * i + 1];
		const low = source[2 * i];
		if (high & 2147483648) {
			words[2 * i + 1] = high & 2147483647;
			words[2 * i] = low;
		} else {
			words[2 * i + 1] = ~high;
			words[2 * i] = ~low;
		}
	}
	return values;
}
function sort_ascending(values) {
	if (values instanceof Float64Array && isSortedAscending(values)) return values;
	return sortFloat64(Float64Array.from(values));
}
;
const EMPTY_BIN_SHARE = 1e-4;
function linspace(start, stop, num) {
	const out = new Float64Array(num);
	const div = num - 1;
	const delta = stop - start;
	if (div > 0) {
		const step = delta / div;
		for (let i = 0; i < num; i++) out[i] = (step === 0 ? i / div * delta : i * step) + start;
		out[num - 1] = stop;
	} else if (num === 1) {
		out[0] = start;
	}
	return out;
}
function sturgesEdges(a, b) {
	const n = a.length + b.length;
	if (n === 0) return linspace(0, 1, 2);
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const arr of [a, b]) {
		for (let i = 0; i < arr.length; i++) {
			const v = arr[i];
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	let first = min;
	let last = max;
	if (first === last) {
		first -= .5;
		last += .5;
	}
	const width = (max - min) / (Math.log2(n) + 1);
	const bins = width ? Math.ceil((last - first) / width) : 1;
	return linspace(first, last, bins + 1);
}
function histogramCounts(values, edges) {
	const k = edges.length - 1;
	const counts = new Float64Array(Math.max(k, 0));
	if (k < 1) return counts;
	const lo = edges[0];
	const hi = edges[k];
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!(v >= lo && v <= hi)) continue;
		let idx = searchRight(edges, v) - 1;
		if (idx >= k) idx = k - 1;
		counts[idx] += 1;
	}
	return counts;
}
function lerp(a, b, t) {
	const diff = b - a;
	if (!Number.isFinite(diff) && Number.isFinite(a) && Number.isFinite(b)) return a * (1 - t) + b * t;
	return t >= .5 ? b - diff * (1 - t) : a + diff * t;
}
function quantileSorted(sorted, q) {
	const n = sorted.length;
	const vi = (n - 1) * q;
	let prev = Math.floor(vi);
	let next = prev + 1;
	if (vi >= n - 1) {
		prev = n - 1;
		next = n - 1;
	}
	if (vi < 0) {
		prev = 0;
		next = 0;
	}
	return lerp(sorted[prev], sorted[next], vi - Math.floor(vi));
}
function decileCuts(reference) {
	if (reference.length === 0) return new Float64Array(0);
	const sorted = sort_ascending(reference);
	const cuts = [];
	for (let i = 1; i <= 9; i++) cuts.push(quantileSorted(sorted, i / 10));
	const uniq = sort_ascending(cuts);
	const out = [];
	for (let i = 0; i < uniq.length; i++) if (i === 0 || uniq[i] !== uniq[i - 1]) out.push(uniq[i]);
	return Float64Array.from(out);
}
function binByCuts(values, cuts) {
	const counts = new Float64Array(cuts.length + 1);
	for (let i = 0; i < values.length; i++) counts[searchRight(cuts, values[i])] += 1;
	return counts;
}
function shares(counts) {
	let total = 0;
	for (let i = 0; i < counts.length; i++) total += counts[i];
	const out = new Float64Array(counts.length);
	if (total > 0) for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total;
	return out;
}
function sharesWithFloor(counts, floor = EMPTY_BIN_SHARE) {
	const out = shares(counts);
	for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = floor;
	return out;
}
function sturgesCategorical(input) {
	const edges = sturgesEdges(input.reference, input.candidate);
	const ref = histogramCounts(input.reference, edges);
	const cand = histogramCounts(input.candidate, edges);
	const levels = [];
	for (let i = 0; i < ref.length; i++) {
		const close = i === ref.length - 1 ? "]" : ")";
		levels.push(`[${edges[i]}, ${edges[i + 1]}${close}`);
	}
	return {
		kind: "categorical",
		levels,
		reference: Array.from(ref),
		candidate: Array.from(cand)
	};
}
function total(counts) {
	let s = 0;
	for (const c of counts) s += c;
	return s;
}
function distributionShares(id, input) {
	const cat = input.kind === "numeric" ? null : input;
	if (input.kind === "numeric" && (input.reference.length === 0 || input.candidate.length === 0)) {
		return skipped(`${id} requires at least one value in each sample`);
	}
	const counts = cat ?? sturgesCategorical(input);
	if (total(counts.reference) <= 0 || total(counts.candidate) <= 0) {
		return skipped(`${id} requires at least one value in each sample`);
	}
	return {
		p: shares(counts.reference),
		q: shares(counts.candidate)
	};
}
;
function mean(values) {
	const n = values.length;
	const { sum } = plainSums(values);
	if (Number.isFinite(sum)) return sum / n;
	let scaled = 0;
	for (let i = 0; i < n; i++) scaled += values[i] / n;
	return scaled;
}
function describeSorted(sorted) {
	const count = sorted.length;
	if (count === 0) return null;
	return {
		count,
		mean: mean(sorted),
		median: quantileSorted(sorted, .5),
		p5: quantileSorted(sorted, .05),
		p95: quantileSorted(sorted, .95),
		min: sorted[0],
		max: sorted[count - 1]
	};
}
;
const B0 = [
	.675,
	1.281,
	1.645,
	1.96,
	2.326,
	2.573,
	3.085
];
const B1 = [
	-.245,
	.25,
	.678,
	1.149,
	1.822,
	2.364,
	3.615
];
const B2 = [
	-.105,
	-.305,
	-.362,
	-.391,
	-.396,
	-.345,
	-.154
];
const SIG = [
	.25,
	.1,
	.05,
	.025,
	.01,
	.005,
	.001
];
function polyfit(x, y, deg) {
	const rows = x.length;
	const cols = deg + 1;
	const A = x.map((xi) => Array.from({ length: cols }, (_, j) => xi ** (deg - j)));
	const scale = Array.from({ length: cols }, (_, j) => Math.sqrt(A.reduce((s, r) => s + r[j] * r[j], 0)));
	for (const r of A) for (let j = 0; j < cols; j++) r[j] /= scale[j];
	const bvec = [...y];
	for (let j = 0; j < cols; j++) {
		let norm = 0;
		for (let i = j; i < rows; i++) norm += A[i][j] ** 2;
		norm = Math.sqrt(norm);
		const alpha = A[j][j] > 0 ? -norm : norm;
		const v = new Array(rows).fill(0);
		for (let i = j; i < rows; i++) v[i] = A[i][j];
		v[j] -= alpha;
		const vnorm2 = v.reduce((s, e) => s + e * e, 0);
		if (vnorm2 === 0) continue;
		for (let c = j; c < cols; c++) {
			let dot = 0;
			for (let i = j; i < rows; i++) dot += v[i] * A[i][c];
			const f = 2 * dot / vnorm2;
			for (let i = j; i < rows; i++) A[i][c] -= f * v[i];
		}
		let dot = 0;
		for (let i = j; i < rows; i++) dot += v[i] * bvec[i];
		const f = 2 * dot / vnorm2;
		for (let i = j; i < rows; i++) bvec[i] -= f * v[i];
	}
	const coef = new Array(cols).fill(0);
	for (let j = cols - 1; j >= 0; j--) {
		let s = bvec[j];
		for (let c = j + 1; c < cols; c++) s -= A[j][c] * coef[c];
		coef[j] = s / A[j][j];
	}
	return coef.map((c, j) => c / scale[j]);
}
function polyval(coef, x) {
	let r = 0;
	for (const c of coef) r = r * x + c;
	return r;
}
function andersonKSamp(samples) {
	const k = samples.length;
	const sorted = samples.map((s) => sort_ascending(s));
	const N = sorted.reduce((acc, s) => acc + s.length, 0);
	const Z = new Float64Array(N);
	let offset = 0;
	for (const s of sorted) {
		Z.set(s, offset);
		offset += s.length;
	}
	sortFloat64(Z);
	const n = sorted.map((s) => s.length);
	const ptr = new Array(k).fill(0);
	const inner = new Array(k).fill(0);
	let below = 0;
	while (below < N) {
		const z = Z[below];
		let lj = 0;
		while (below + lj < N && Z[below + lj] === z) lj++;
		const Bj = below + lj / 2;
		for (let i = 0; i < k; i++) {
			const s = sorted[i];
			let right = ptr[i];
			while (right < s.length && s[right] === z) right++;
			const fij = right - ptr[i];
			ptr[i] = right;
			const Mij = right - fij / 2;
			inner[i] += lj / N * (N * Mij - Bj * n[i]) ** 2 / (Bj * (N - Bj) - N * lj / 4);
		}
		below += lj;
	}
	let A2akN = 0;
	for (let i = 0; i < k; i++) A2akN += inner[i] / n[i];
	A2akN *= (N - 1) / N;
	let H = 0;
	for (const ni of n) H += 1 / ni;
	let cs = 0;
	let g = 0;
	for (let idx = 0, v = N - 1; v > 1; v--, idx++) {
		cs += 1 / v;
		g += cs / (idx + 2);
	}
	const h = cs + 1;
	const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
	const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
	const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
	const d = (2 * h + 6) * k ** 2 - 4 * h * k;
	const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
	const m = k - 1;
	const A2 = (A2akN - m) / Math.sqrt(sigmasq);
	const critical = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
	let p;
	if (A2 < Math.min(...critical)) p = Math.max(...SIG);
	else if (A2 > Math.max(...critical)) p = Math.min(...SIG);
	else p = Math.exp(polyval(polyfit(critical, SIG.map(Math.log), 2), A2));
	return {
		statistic: A2,
		pValue: p
	};
}
const andersonDarlingTest = {
	id: "anderson-darling",
	title: "Anderson-Darling (k-sample)",
	columnKinds: ["numeric"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const num = requireNumeric("anderson-darling", input);
		if (isResult(num)) return num;
		if (num.reference.length + num.candidate.length < 4) {
			return skipped("anderson-darling requires at least four values in total");
		}
		let distinct = false;
		const first = num.reference[0];
		for (const arr of [num.reference, num.candidate]) {
			for (let i = 0; i < arr.length && !distinct; i++) if (arr[i] !== first) distinct = true;
		}
		if (!distinct) return skipped("anderson-darling requires at least two distinct values");
		const res = andersonKSamp([num.reference, num.candidate]);
		return ok(res.statistic, res.pValue);
	}
};
var lib = __nccwpck_require__(5479);
var lib_default = __nccwpck_require__.n(lib);
;
function chi2Sf(x, df) {
	if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
	if (x <= 0) return 1;
	if (x === Number.POSITIVE_INFINITY) return 0;
	return lib_default()(x / 2, df / 2, true, true);
}
;
function xlogy(x, y) {
	return x === 0 ? 0 : x * Math.log(y);
}
function contingency_chi2Contingency(reference, candidate, lambda = "pearson") {
	const rows = [[], []];
	for (let j = 0; j < reference.length; j++) {
		if (reference[j] + candidate[j] > 0) {
			rows[0].push(reference[j]);
			rows[1].push(candidate[j]);
		}
	}
	const k = rows[0].length;
	if (k < 2) return { skipped: "needs at least two levels with values" };
	const rowSums = rows.map((r) => r.reduce((s, v) => s + v, 0));
	if (rowSums[0] === 0 || rowSums[1] === 0) return { skipped: "needs at least one value in each sample" };
	const totalCount = rowSums[0] + rowSums[1];
	let stat = 0;
	for (let i = 0; i < 2; i++) {
		for (let j = 0; j < k; j++) {
			const obs = rows[i][j];
			const expected = rowSums[i] * (rows[0][j] + rows[1][j]) / totalCount;
			stat += lambda === "pearson" ? (obs - expected) ** 2 / expected : 2 * xlogy(obs, obs / expected);
		}
	}
	const dof = k - 1;
	return {
		statistic: stat,
		pValue: chi2Sf(stat, dof),
		dof
	};
}
function contingencyResult(id, reference, candidate, lambda) {
	const res = contingency_chi2Contingency(reference, candidate, lambda);
	if ("skipped" in res) return skipped(`${id} ${res.skipped}`);
	return ok(res.statistic, res.pValue);
}
;
function chiSquare(reference, candidate) {
	const res = chi2Contingency(reference, candidate, "pearson");
	return "skipped" in res ? null : {
		statistic: res.statistic,
		pValue: res.pValue
	};
}
const chiSquareTest = {
	id: "chi-square",
	title: "Chi-square",
	columnKinds: ["categorical"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const cat = requireCategorical("chi-square", input);
		if (isResult(cat)) return cat;
		return contingencyResult("chi-square", cat.reference, cat.candidate, "pearson");
	}
};
;
function besselKScaled(nu, x) {
	const h = Math.min(.05, .2 / Math.sqrt(x));
	let s = .5;
	let comp = 0;
	for (let k = 1; k < 1e5; k++) {
		const t = k * h;
		const sh = Math.sinh(t / 2);
		const term = Math.exp(-x * 2 * sh * sh) * Math.cosh(nu * t);
		const next = s + term;
		comp += Math.abs(s) >= Math.abs(term) ? s - next + term : term - next + s;
		s = next;
		if (term < 1e-18 * s) break;
	}
	s += comp;
	return s * h;
}
function cdfCvmInf(x) {
	let tot = 0;
	let gammaRatio = Math.sqrt(Math.PI);
	for (let k = 0; k < 1e3; k++) {
		const u = gammaRatio / (Math.PI ** 1.5 * Math.sqrt(x));
		const y = 4 * k + 1;
		const q = y ** 2 / (16 * x);
		const z = u * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(.25, q);
		tot += z;
		if (!(Math.abs(z) >= 1e-7)) break;
		gammaRatio *= (k + .5) / (k + 1);
	}
	return tot;
}
function mergeTables(x, y, add) {
	const values = [];
	const freqs = [];
	let i = 0;
	let j = 0;
	while (i < x.values.length || j < y.values.length) {
		if (j >= y.values.length || i < x.values.length && x.values[i] < y.values[j]) {
			values.push(x.values[i] + add);
			freqs.push(x.freqs[i++]);
		} else if (i >= x.values.length || y.values[j] < x.values[i]) {
			values.push(y.values[j] + add);
			freqs.push(y.freqs[j++]);
		} else {
			values.push(x.values[i] + add);
			freqs.push(x.freqs[i++] + y.freqs[j++]);
		}
	}
	return {
		values,
		freqs
	};
}
function pvalCvm2SampExact(s, m, n) {
	const lcm = m / gcd(m, n) * n;
	const a = lcm / m;
	const b = lcm / n;
	const mn = m * n;
	const zeta = pyFloorDiv(lcm ** 2 * (m + n) * (6 * s - mn * (4 * mn - 1)), 6 * mn ** 2);
	let gs = [{
		values: [0],
		freqs: [1]
	}];
	for (let v = 1; v <= m; v++) gs.push({
		values: [],
		freqs: []
	});
	for (let u = 0; u <= n; u++) {
		const next = [];
		let tmp = {
			values: [],
			freqs: []
		};
		for (let v = 0; v < gs.length; v++) {
			tmp = mergeTables(tmp, gs[v], (a * v - b * u) ** 2);
			next.push(tmp);
		}
		gs = next;
	}
	let hits = 0;
	let total = 0;
	const last = gs[m];
	for (let i = 0; i < last.values.length; i++) {
		total += last.freqs[i];
		if (last.values[i] >= zeta) hits += last.freqs[i];
	}
	return hits / total;
}
function cramerVonMises2Samp(a, b) {
	const nx = a.length;
	const ny = b.length;
	const { ranksA, ranksB } = pooledRanksSorted(sort_ascending(a), sort_ascending(b));
	let u = 0;
	let sx = 0;
	for (let i = 0; i < nx; i++) sx += (ranksA[i] - (i + 1)) ** 2;
	u = nx * sx;
	let sy = 0;
	for (let j = 0; j < ny; j++) sy += (ranksB[j] - (j + 1)) ** 2;
	u += ny * sy;
	const k = nx * ny;
	const N = nx + ny;
	const t = u / (k * N) - (4 * k - 1) / (6 * N);
	let p;
	if (Math.max(nx, ny) <= 20) {
		p = pvalCvm2SampExact(u, nx, ny);
	} else {
		const et = (1 + 1 / N) / 6;
		let vt = (N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k);
		vt = vt / (45 * N ** 2 * 4 * k);
		const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
		p = tn < .003 ? 1 : Math.max(0, 1 - cdfCvmInf(tn));
	}
	return {
		statistic: t,
		pValue: Math.min(1, p)
	};
}
const cramerVonMisesTest = {
	id: "cramer-von-mises",
	title: "Cramer-von Mises",
	columnKinds: ["numeric"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const num = requireNumeric("cramer-von-mises", input, 2);
		if (isResult(num)) return num;
		const res = cramerVonMises2Samp(num.reference, num.candidate);
		return ok(res.statistic, res.pValue);
	}
};
;
let sorted_walk_shared = null;
let ordered = null;
function sharingWalks(body) {
	const outer = sorted_walk_shared;
	const outerOrdered = ordered;
	sorted_walk_shared = new Map();
	ordered = new Set();
	try {
		return body();
	} finally {
		sorted_walk_shared = outer;
		ordered = outerOrdered;
	}
}
function knownAscending(values) {
	ordered?.add(values);
}
function ascendingShared(values) {
	if (ordered?.has(values)) return values;
	const sorted = sort_ascending(values);
	ordered?.add(sorted);
	return sorted;
}
function sortedWalk(a, b) {
	const byFirst = sorted_walk_shared?.get(a);
	const known = byFirst?.get(b);
	if (known) return known;
	const walk = walkSorted(a, b);
	if (sorted_walk_shared) {
		if (byFirst) byFirst.set(b, walk);
		else sorted_walk_shared.set(a, new Map([[b, walk]]));
	}
	return walk;
}
function walkSorted(a, b) {
	const n = a.length;
	const m = b.length;
	let i = 0;
	let j = 0;
	let maxDifference = Number.NEGATIVE_INFINITY;
	let minDifference = Number.POSITIVE_INFINITY;
	let absoluteArea = 0;
	let squaredArea = 0;
	while (i < n || j < m) {
		const x = i < n && (j >= m || a[i] <= b[j]) ? a[i] : b[j];
		while (i < n && a[i] <= x) i++;
		while (j < m && b[j] <= x) j++;
		const difference = i / n - j / m;
		if (difference > maxDifference) maxDifference = difference;
		if (difference < minDifference) minDifference = difference;
		if (i >= n && j >= m) break;
		const next = j >= m || i < n && a[i] <= b[j] ? a[i] : b[j];
		const gap = next - x;
		const absolute = Math.abs(difference);
		absoluteArea += absolute * gap;
		squaredArea += absolute * absolute * gap;
	}
	return {
		maxDifference,
		minDifference,
		absoluteArea,
		squaredArea
	};
}
;
const CONSTANT_REFERENCE_STD = .001;
function cdfDistance(p, u, v) {
	const walk = sortedWalk(ascendingShared(u), ascendingShared(v));
	return p === 1 ? walk.absoluteArea : Math.sqrt(walk.squaredArea);
}
function wassersteinDistance(u, v) {
	return cdfDistance(1, u, v);
}
function normalizedWasserstein(reference, candidate) {
	const sd = Math.sqrt(meanVar(reference, 0).variance);
	return wassersteinDistance(reference, candidate) / (sd === 0 ? CONSTANT_REFERENCE_STD : sd);
}
const wassersteinTest = {
	id: "wasserstein",
	title: "Wasserstein distance (normed)",
	columnKinds: ["numeric"],
	scoreKind: "distance",
	defaultThreshold: .1,
	run(input) {
		const num = requireNumeric("wasserstein", input);
		if (isResult(num)) return num;
		return ok(normalizedWasserstein(num.reference, num.candidate), null);
	}
};
;
function energyDistance(u, v) {
	return Math.SQRT2 * cdfDistance(2, u, v);
}
const energyTest = {
	id: "energy",
	title: "Energy distance",
	columnKinds: ["numeric"],
	scoreKind: "distance",
	defaultThreshold: .1,
	run(input) {
		const num = requireNumeric("energy", input);
		if (isResult(num)) return num;
		return ok(energyDistance(num.reference, num.candidate), null);
	}
};
;
const TABLE = (() => {
	const t = new Float64Array(171);
	let f = 1;
	t[0] = 0;
	for (let k = 1; k <= 170; k++) {
		f *= k;
		t[k] = Math.log(f);
	}
	return t;
})();
const HALF_LN_2PI = .5 * Math.log(2 * Math.PI);
function lnFactorial(k) {
	if (k < 0 || !Number.isInteger(k)) return Number.NaN;
	if (k <= 170) return TABLE[k];
	const x = k + 1;
	const r = 1 / x;
	const r2 = r * r;
	const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
	return (x - .5) * Math.log(x) - x + HALF_LN_2PI + series;
}
function lnBinomial(n, k) {
	if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
	return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}
;
class Hypergeom {
	total;
	good;
	draws;
	lo;
	hi;
	lnNorm;
	constructor(total, good, draws) {
		this.total = total;
		this.good = good;
		this.draws = draws;
		this.lo = Math.max(0, draws - (total - good));
		this.hi = Math.min(good, draws);
		this.lnNorm = lnFactorial(total) - lnFactorial(draws) - lnFactorial(total - draws);
	}
	logPmf(k) {
		if (k < this.lo || k > this.hi) return Number.NEGATIVE_INFINITY;
		const bad = this.total - this.good;
		return lnFactorial(this.good) - lnFactorial(k) - lnFactorial(this.good - k) + lnFactorial(bad) - lnFactorial(this.draws - k) - lnFactorial(bad - this.draws + k) - this.lnNorm;
	}
	pmf(k) {
		return Math.exp(this.logPmf(k));
	}
	cdf(k) {
		let s = 0;
		for (let j = this.lo; j <= Math.min(k, this.hi); j++) s += this.pmf(j);
		return Math.min(1, s);
	}
	sf(k) {
		let s = 0;
		for (let j = this.hi; j >= Math.max(k + 1, this.lo); j--) s += this.pmf(j);
		return Math.min(1, s);
	}
}
function binarySearch(a, d, lo0, hi0) {
	let lo = lo0;
	let hi = hi0;
	while (lo < hi) {
		const mid = lo + Math.floor((hi - lo) / 2);
		const midval = a(mid);
		if (midval < d) lo = mid + 1;
		else if (midval > d) hi = mid - 1;
		else return mid;
	}
	return a(lo) <= d ? lo : lo - 1;
}
function fisherExact(table) {
	const [[c00, c01], [c10, c11]] = table;
	if (c00 + c01 === 0 || c10 + c11 === 0 || c00 + c10 === 0 || c01 + c11 === 0) {
		return {
			oddsRatio: Number.NaN,
			pValue: 1
		};
	}
	const oddsRatio = c10 > 0 && c01 > 0 ? c00 * c11 / (c10 * c01) : Number.POSITIVE_INFINITY;
	const n1 = c00 + c01;
	const n2 = c10 + c11;
	const n = c00 + c10;
	const total = n1 + n2;
	const h = new Hypergeom(total, n1, n);
	const tol = Math.max(1e-14, 4e-15 * lnFactorial(total));
	const lnExact = h.logPmf(c00);
	const mode = Math.trunc((n + 1) * (n1 + 1) / (n1 + n2 + 2));
	const lnMode = h.logPmf(mode);
	if (Math.abs(lnExact - lnMode) <= tol) return {
		oddsRatio,
		pValue: 1
	};
	const above = (x) => h.logPmf(x) - lnExact - tol;
	let pvalue;
	if (c00 < mode) {
		const plower = h.cdf(c00);
		if (above(n) > 0) return {
			oddsRatio,
			pValue: Math.min(1, plower)
		};
		const guess = binarySearch((x) => -above(x), 0, mode, n);
		pvalue = plower + h.sf(guess);
	} else {
		const pupper = h.sf(c00 - 1);
		if (above(0) > 0) return {
			oddsRatio,
			pValue: Math.min(1, pupper)
		};
		const guess = binarySearch(above, 0, 0, mode);
		pvalue = pupper + h.cdf(guess);
	}
	return {
		oddsRatio,
		pValue: Math.min(pvalue, 1)
	};
}
const fisherTest = {
	id: "fisher",
	title: "Fisher's exact test",
	columnKinds: ["categorical"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const cat = requireCategorical("fisher", input);
		if (isResult(cat)) return cat;
		if (cat.levels.length !== 2) return skipped("fisher applies to binary columns (exactly two levels) only");
		if (cat.reference[0] + cat.reference[1] === 0 || cat.candidate[0] + cat.candidate[1] === 0) {
			return skipped("fisher requires at least one value in each sample");
		}
		const res = fisherExact([[cat.reference[0], cat.reference[1]], [cat.candidate[0], cat.candidate[1]]]);
		return ok(Number.isNaN(res.oddsRatio) ? 1 : res.oddsRatio, res.pValue);
	}
};
;
function gTest(reference, candidate) {
	const res = chi2Contingency(reference, candidate, "log-likelihood");
	return "skipped" in res ? null : {
		statistic: res.statistic,
		pValue: res.pValue
	};
}
const gTestTest = {
	id: "g-test",
	title: "G-test",
	columnKinds: ["categorical"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const cat = requireCategorical("g-test", input);
		if (isResult(cat)) return cat;
		return contingencyResult("g-test", cat.reference, cat.candidate, "log-likelihood");
	}
};
;
function shareDistanceTest(spec) {
	return {
		id: spec.id,
		title: spec.title,
		columnKinds: ["numeric", "categorical"],
		scoreKind: "distance",
		defaultThreshold: spec.defaultThreshold ?? .1,
		run(input) {
			const pq = distributionShares(spec.id, input);
			if (isResult(pq)) return pq;
			return ok(spec.measure(pq.p, pq.q), null);
		}
	};
}
;
function hellinger(p, q) {
	let s = 0;
	for (let i = 0; i < p.length; i++) {
		const d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
		s += d * d;
	}
	return Math.sqrt(.5 * s);
}
const hellingerTest = shareDistanceTest({
	id: "hellinger",
	title: "Hellinger distance",
	measure: hellinger
});
;
function relEntr(x, y) {
	if (x > 0 && y > 0) return x * Math.log(x / y);
	if (x === 0 && y >= 0) return 0;
	return Number.POSITIVE_INFINITY;
}
function jensenShannon(p, q, base = 2) {
	let sp = 0;
	let sq = 0;
	for (let i = 0; i < p.length; i++) {
		sp += p[i];
		sq += q[i];
	}
	let left = 0;
	let right = 0;
	for (let i = 0; i < p.length; i++) {
		const pi = p[i] / sp;
		const qi = q[i] / sq;
		const m = (pi + qi) / 2;
		left += relEntr(pi, m);
		right += relEntr(qi, m);
	}
	const js = (left + right) / Math.log(base);
	return Math.sqrt(Math.max(0, js / 2));
}
const jensenShannonTest = shareDistanceTest({
	id: "jensen-shannon",
	title: "Jensen-Shannon distance",
	measure: (p, q) => jensenShannon(p, q, 2)
});
;
function klDivergence(p, q, floor = EMPTY_BIN_SHARE) {
	let s = 0;
	for (let i = 0; i < p.length; i++) {
		const pi = p[i] === 0 ? floor : p[i];
		const qi = q[i] === 0 ? floor : q[i];
		s += pi * Math.log(pi / qi);
	}
	return s;
}
const klTest = shareDistanceTest({
	id: "kl",
	title: "Kullback-Leibler divergence",
	measure: (p, q) => klDivergence(p, q)
});
;
function computeProbOutsideSquare(n, h) {
	let P = 0;
	let k = Math.floor(n / h);
	while (k >= 0) {
		let p1 = 1;
		for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
		P = p1 * (1 - P);
		k -= 1;
	}
	return 2 * P;
}
function computeOuterProbInsideMethod(m0, n0, g, h) {
	let m = m0;
	let n = n0;
	if (m < n) [m, n] = [n, m];
	const mg = Math.floor(m / g);
	const ng = Math.floor(n / g);
	let minj = 0;
	let maxj = Math.min(Math.ceil(h / mg), n + 1);
	let curlen = maxj - minj;
	const lenA = Math.min(2 * maxj + 2, n + 1);
	const A = new Float64Array(lenA).fill(1);
	for (let j = minj; j < maxj; j++) A[j] = 0;
	for (let i = 1; i <= m; i++) {
		const lastminj = minj;
		const lastlen = curlen;
		minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
		minj = Math.min(minj, n);
		maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
		if (maxj <= minj) return 1;
		let val = minj === 0 ? 0 : 1;
		for (let jj = 0; jj < maxj - minj; jj++) {
			const j = jj + minj;
			val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
			A[jj] = val;
		}
		curlen = maxj - minj;
		if (lastlen > curlen) {
			for (let q = maxj - minj; q < maxj - minj + (lastlen - curlen) && q < lenA; q++) A[q] = 1;
		}
	}
	return A[maxj - minj - 1];
}
function roundHalfEven(x) {
	const r = Math.round(x);
	return Math.abs(x % 1) === .5 && r % 2 !== 0 ? r - 1 : r;
}
function attemptExact2Ksamp(n1, n2, g, d) {
	const lcm = Math.floor(n1 / g) * n2;
	const h = roundHalfEven(d * lcm);
	const dd = h * 1 / lcm;
	if (h === 0) return {
		success: true,
		d: dd,
		prob: 1
	};
	const prob = n1 === n2 ? computeProbOutsideSquare(n1, h) : computeOuterProbInsideMethod(n1, n2, g, h);
	if (!Number.isFinite(prob)) return {
		success: false,
		d: dd,
		prob: Number.NaN
	};
	if (!(prob >= 0 && prob <= 1)) return {
		success: false,
		d: dd,
		prob
	};
	return {
		success: true,
		d: dd,
		prob
	};
}
;
const KOLMOG_CUTOVER = .82;
const MIN_EXPABLE = null && -708 - 38;
const DBL_EPSILON = 2220446049250313e-31;
const MINLOG = -745.1332191019412;
const SMIRNOV_MAX_COMPUTE_N = 1e6;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;
function kolmogorovSf(x) {
	if (Number.isNaN(x)) return Number.NaN;
	if (x <= 0) return 1;
	if (x <= Math.PI / Math.sqrt(-MIN_EXPABLE * 8)) return 1;
	let P = 1;
	let sf;
	if (x <= KOLMOG_CUTOVER) {
		const w = Math.sqrt(2 * Math.PI) / x;
		const logu8 = -Math.PI * Math.PI / (x * x);
		const u = Math.exp(logu8 / 8);
		if (u === 0) {
			P = Math.exp(logu8 / 8 + Math.log(w));
		} else {
			const u8 = Math.exp(logu8);
			const u8cub = u8 ** 3;
			P = 1 + u8cub * P;
			P = 1 + u8 * u8 * P;
			P = 1 + u8 * P;
			P = w * u * P;
		}
		sf = 1 - P;
	} else {
		const v = Math.exp(-2 * x * x);
		const vsq = v * v;
		const v3 = v ** 3;
		let vpwr = v3 * v3 * v;
		P = 1 - vpwr * P;
		vpwr = v3 * vsq;
		P = 1 - vpwr * P;
		vpwr = v3;
		P = 1 - vpwr * P;
		sf = 2 * v * P;
	}
	return Math.min(1, Math.max(0, sf));
}
function twoProduct(a, b) {
	const hi = a * b;
	const split = 134217729;
	const ca = split * a;
	const ahi = ca - (ca - a);
	const alo = a - ahi;
	const cb = split * b;
	const bhi = cb - (cb - b);
	const blo = b - bhi;
	const lo = ahi * bhi - hi + ahi * blo + alo * bhi + alo * blo;
	return [hi, lo];
}
function modNX(n, x) {
	const [hi, lo] = twoProduct(n, x);
	let nxfl = Math.floor(hi);
	let alpha;
	if (hi === nxfl) {
		if (lo < 0) {
			nxfl -= 1;
			alpha = 1 + lo;
		} else {
			alpha = lo;
		}
	} else {
		alpha = hi - nxfl + lo;
	}
	if (alpha >= 1) {
		nxfl += 1;
		alpha = 0;
	}
	if (alpha < 0) alpha = 0;
	return {
		nxfl,
		alpha,
		nx: hi + lo
	};
}
function smirnovSf(n, x) {
	if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
	if (n === 1) return 1 - x;
	if (x === 0) return 1;
	if (x === 1) return 0;
	const { nxfl, alpha } = modNX(n, x);
	let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
	let n1mxceil = n - nxfl;
	if (alpha === 0) {
		n1mxfl -= 1;
		n1mxceil += 1;
	}
	if (nxfl === 0 || nxfl === 1 && alpha === 0) {
		const t = Math.exp((n - 1) * Math.log1p(x));
		return clip01(1 - x * t);
	}
	if (-2 * n * x * x < MINLOG) return 0;
	if (nxfl >= n - 1) return clip01(Math.exp(n * Math.log1p(-x)));
	if (n > SMIRNOV_MAX_COMPUTE_N) {
		const logp = -((6 * n * x + 1) ** 2) / 18 / n;
		if (logp < -Math.LN2) return clip01(Math.exp(logp));
		return clip01(1 + Math.expm1(logp));
	}
	const nUpperTerms = n - n1mxceil + 1;
	const useUpperSum = nUpperTerms <= 1 && x < .5 || n >= SM_UPPERSUM_MIN_N && nUpperTerms <= SM_UPPER_MAX_TERMS && x <= .5 / Math.sqrt(n);
	const lnN = Math.log(n);
	const term = (v, lnBinom) => {
		const up = nxfl + v + alpha;
		const down = n - nxfl - v - alpha;
		let s = lnBinom;
		let sign = 1;
		if (v !== 1) s += (v - 1) * (Math.log(up) - lnN);
		const e = n - v;
		if (e !== 0) {
			if (down === 0) return 0;
			s += e * (Math.log(Math.abs(down)) - lnN);
			if (down < 0 && e % 2 === 1) sign = -1;
		}
		return sign * Math.exp(s);
	};
	let start;
	let step;
	let nTerms;
	let sum;
	if (useUpperSum) {
		start = n;
		step = -1;
		nTerms = n - n1mxceil + 1;
		sum = Math.exp((n - 1) * Math.log1p(x));
	} else {
		start = 0;
		step = 1;
		nTerms = n1mxfl + 1;
		sum = Math.exp(n * Math.log1p(-x)) / x;
	}
	const vmid = Math.floor(n / 2);
	let lnBinom = Math.log(n);
	for (let j = 1; j < nTerms; j++) {
		const v = start + j * step;
		const a = term(v, lnBinom);
		if (Number.isFinite(a) && a !== 0) sum += a;
		if (a !== 0) {
			if (4 * (nTerms - j) * Math.abs(a) < DBL_EPSILON * sum && j !== nTerms - 1) break;
		} else if (j > vmid) {
			break;
		}
		lnBinom += Math.log((n - j) / (j + 1));
	}
	const prob = x * sum;
	return clip01(step < 0 ? 1 - prob : prob);
}
function clip01(p) {
	return Math.min(1, Math.max(0, p));
}
;
const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const STIRLING_COEFFS = [
	-.029550653594771242,
	.00641025641025641,
	-.0019175269175269176,
	.0008417508417508417,
	-.0005952380952380953,
	.0007936507936507937,
	-.002777777777777778,
	.08333333333333333
];
function kstwo_polyval(coeffs, x) {
	let r = 0;
	for (const c of coeffs) r = r * x + c;
	return r;
}
function logNFactorialDivNPowN(n) {
	const rn = 1 / n;
	return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * kstwo_polyval(STIRLING_COEFFS, rn / n);
}
function kstwo_clip01(p) {
	return Math.min(1, Math.max(0, p));
}
function kolmognDMTW(n, d) {
	if (d >= 1) return 1;
	const nd = n * d;
	if (nd <= .5) return 0;
	const k = Math.ceil(nd);
	const h = k - nd;
	const m = 2 * k - 1;
	const H = new Float64Array(m * m);
	const v = new Float64Array(m);
	const w = new Float64Array(m);
	let fac = 1;
	for (let j = 1; j <= m; j++) {
		v[j - 1] = 1 - h ** j;
		w[j - 1] = fac;
		fac /= j;
		v[j - 1] *= fac;
	}
	const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
	v[m - 1] = (1 + tt) * fac;
	for (let i = 1; i < m; i++) {
		for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
	}
	for (let r = 0; r < m; r++) H[r * m] = v[r];
	for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
	let Hcur = H;
	let Hpwr = new Float64Array(m * m);
	for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
	let nn = n;
	let expnt = 0;
	let Hexpnt = 0;
	while (nn > 0) {
		if (nn % 2) {
			Hpwr = matmul(Hpwr, Hcur, m);
			expnt += Hexpnt;
		}
		Hcur = matmul(Hcur, Hcur, m);
		Hexpnt *= 2;
		if (Math.abs(Hcur[(k - 1) * m + (k - 1)]) > EP128) {
			for (let i = 0; i < Hcur.length; i++) Hcur[i] /= EP128;
			Hexpnt += E128;
		}
		nn = Math.floor(nn / 2);
	}
	let p = Hpwr[(k - 1) * m + (k - 1)];
	for (let i = 1; i <= n; i++) {
		p = i * p / n;
		if (Math.abs(p) < EM128) {
			p *= EP128;
			expnt -= E128;
		}
	}
	if (expnt !== 0) p *= 2 ** expnt;
	return kstwo_clip01(p);
}
function matmul(a, b, m) {
	const out = new Float64Array(m * m);
	for (let i = 0; i < m; i++) {
		for (let l = 0; l < m; l++) {
			const ail = a[i * m + l];
			if (ail === 0) continue;
			for (let j = 0; j < m; j++) out[i * m + j] += ail * b[l * m + j];
		}
	}
	return out;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
	let j1;
	let j2;
	if (i === 0) {
		j1 = -ll - ceilf - 1;
		j2 = ll + ceilf - 1;
	} else {
		const ip1div2 = Math.floor((i + 1) / 2);
		const ip1mod2 = (i + 1) % 2;
		if (ip1mod2 === 0) {
			if (ip1div2 === n + 1) {
				j1 = n - ll - ceilf - 1;
				j2 = n + ll + ceilf - 1;
			} else {
				j1 = ip1div2 - 1 - ll - roundf - 1;
				j2 = ip1div2 + ll - 1 + ceilf - 1;
			}
		} else {
			j1 = ip1div2 - 1 - ll - 1;
			j2 = ip1div2 + ll + roundf - 1;
		}
	}
	return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
	const t = n * x;
	const ll = Math.floor(t);
	const f = 1 * (t - ll);
	const g = Math.min(f, 1 - f);
	const ceilf = f > 0 ? 1 : 0;
	const roundf = f > .5 ? 1 : 0;
	const npwrs = 2 * (ll + 1);
	const gpower = new Float64Array(npwrs);
	const twogpower = new Float64Array(npwrs);
	const onem2gpower = new Float64Array(npwrs);
	gpower[0] = 1;
	twogpower[0] = 1;
	onem2gpower[0] = 1;
	let expnt = 0;
	const gOverN = g / n;
	const twoGOverN = 2 * g / n;
	const oneMinusTwoGOverN = (1 - 2 * g) / n;
	for (let m = 1; m < npwrs; m++) {
		gpower[m] = gpower[m - 1] * gOverN / m;
		twogpower[m] = twogpower[m - 1] * twoGOverN / m;
		onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
	}
	let V0 = new Float64Array(npwrs);
	let V1 = new Float64Array(npwrs);
	V1[0] = 1;
	let V0s = 0;
	let V1s = 0;
	let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
	for (let i = 1; i < 2 * n + 2; i++) {
		const k1 = j1;
		[V0, V1] = [V1, V0];
		[V0s, V1s] = [V1s, V0s];
		V1.fill(0);
		[j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
		let pwrs;
		if (i === 1 || i === 2 * n + 1) pwrs = gpower;
		else pwrs = i % 2 ? twogpower : onem2gpower;
		const ln2 = j2 - k1 + 1;
		if (ln2 > 0) {
			const base = k1 - V0s;
			const convStart = j1 - k1;
			const convLen = j2 - j1 + 1;
			let vmax = 0;
			for (let q = 0; q < convLen; q++) {
				const idx = convStart + q;
				let s = 0;
				const lo = Math.max(0, idx - (ln2 - 1));
				const hi = Math.min(idx, ln2 - 1);
				for (let a = lo; a <= hi; a++) {
					const pos = base + a;
					const va = pos >= 0 && pos < npwrs ? V0[pos] : 0;
					s += va * pwrs[idx - a];
				}
				V1[q] = s;
				if (s > vmax) vmax = s;
			}
			if (vmax > 0 && vmax < EM128) {
				for (let q = 0; q < npwrs; q++) V1[q] *= EP128;
				expnt -= E128;
			}
			V1s = V0s + j1 - k1;
		}
	}
	let ans = V1[n - V1s];
	for (let m = 1; m <= n; m++) {
		if (Math.abs(ans) > EP128) {
			ans *= EM128;
			expnt += E128;
		}
		ans *= m;
	}
	if (expnt !== 0) ans *= 2 ** expnt;
	return kstwo_clip01(ans);
}
function kolmognPelzGood(n, x) {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const z = Math.sqrt(n) * x;
	const zsquared = z ** 2;
	const zthree = z ** 3;
	const zfour = z ** 4;
	const zsix = z ** 6;
	const qlog = -PI_SQUARED / 8 / zsquared;
	if (qlog < MIN_LOG) return 0;
	let q = Math.exp(qlog);
	const k1a = -zsquared;
	const k1b = PI_SQUARED / 4;
	const k2a = 6 * zsix + 2 * zfour;
	const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
	const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
	const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
	const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
	const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
	const k3a = -30 * zsix - 90 * z ** 8;
	const K = [
		0,
		0,
		0,
		0
	];
	const maxk = Math.ceil(16 * z / Math.PI);
	for (let k = maxk; k > 0; k--) {
		const m = 2 * k - 1;
		const msquared = m ** 2;
		const mfour = m ** 4;
		const msix = m ** 6;
		const qpower = q ** (8 * k);
		const coeffs = [
			1,
			k1a + k1b * msquared,
			k2a + k2b * msquared + k2c * mfour,
			k3a + k3b * msquared + k3c * mfour + k3d * msix
		];
		for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
	}
	const denoms = [
		z,
		6 * zfour,
		72 * z ** 7,
		6480 * z ** 10
	];
	for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / denoms[i];
	q = Math.exp(-PI_SQUARED / 2 / zsquared);
	const sqrt3z = SQRT3 * z;
	let k2extra = 0;
	let k3extra = 0;
	for (let k = maxk; k > 0; k--) {
		const ksq = k * k;
		const qp = q ** ksq;
		const kspi = Math.PI * k;
		k2extra += ksq * qp;
		k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp;
	}
	k2extra *= PI_SQUARED * SQRT2PI / (-36 * zthree);
	K[2] += k2extra;
	k3extra *= PI_SQUARED * SQRT2PI / (216 * zsix);
	K[3] += k3extra;
	let sum = 0;
	for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
	return sum;
}
function kolmogn(n, x, cdf) {
	if (Number.isNaN(n) || Number.isNaN(x)) return Number.NaN;
	if (!Number.isInteger(n) || n <= 0) return Number.NaN;
	const pick = (c, s) => kstwo_clip01(cdf ? c : s);
	if (x >= 1) return pick(1, 0);
	if (x <= 0) return pick(0, 1);
	const t = n * x;
	if (t <= 1) {
		if (t <= .5) return pick(0, 1);
		let prob;
		if (n <= 140) {
			prob = 1;
			for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
		} else {
			prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
		}
		return pick(prob, 1 - prob);
	}
	if (t >= n - 1) {
		const prob = 2 * (1 - x) ** n;
		return pick(1 - prob, prob);
	}
	if (x >= .5) {
		const prob = 2 * smirnovSf(n, x);
		return pick(1 - prob, prob);
	}
	const nxsquared = t * x;
	if (n <= 140) {
		if (nxsquared <= .754693) {
			const prob = kolmognDMTW(n, x);
			return pick(prob, 1 - prob);
		}
		if (nxsquared <= 4) {
			const prob = kolmognPomeranz(n, x);
			return pick(prob, 1 - prob);
		}
		const prob = 2 * smirnovSf(n, x);
		return pick(1 - prob, prob);
	}
	if (!cdf) {
		if (nxsquared >= 370) return 0;
		if (nxsquared >= 2.2) return kstwo_clip01(2 * smirnovSf(n, x));
	}
	let cdfprob;
	if (nxsquared >= 18) cdfprob = 1;
	else if (n <= 1e5 && n * x ** 1.5 <= 1.4) cdfprob = kolmognDMTW(n, x);
	else cdfprob = kolmognPelzGood(n, x);
	return pick(cdfprob, 1 - cdfprob);
}
function kstwoSf(d, n) {
	return kolmogn(n, d, false);
}
;
const MAX_AUTO_N = 1e4;
function ksStatisticSorted(a, b) {
	const { maxDifference, minDifference } = sortedWalk(a, b);
	const minClipped = Math.min(1, Math.max(0, -minDifference));
	return Math.max(minClipped, maxDifference);
}
function ks2Samp(a, b, method = "auto") {
	const s1 = ascendingShared(a);
	const s2 = ascendingShared(b);
	const n1 = s1.length;
	const n2 = s2.length;
	if (n1 === 0 || n2 === 0) throw new RangeError("ks2Samp requires non-empty samples");
	let d = ksStatisticSorted(s1, s2);
	const g = gcd(n1, n2);
	let mode = method;
	if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
	else if (mode === "exact" && n1 / g >= 2147483647 / (n2 / g)) mode = "asymp";
	let prob = Number.NaN;
	if (mode === "exact") {
		const res = attemptExact2Ksamp(n1, n2, g, d);
		d = res.d;
		prob = res.prob;
		if (!res.success) mode = "asymp";
	}
	if (mode === "asymp") {
		const m = Math.max(n1, n2);
		const n = Math.min(n1, n2);
		const en = m * n / (m + n);
		prob = kstwoSf(d, ks_roundHalfEven(en));
	}
	return {
		statistic: d,
		pValue: Math.min(1, Math.max(0, prob))
	};
}
function ks_roundHalfEven(x) {
	const r = Math.round(x);
	return Math.abs(x % 1) === .5 && r % 2 !== 0 ? r - 1 : r;
}
const ks = {
	id: "ks",
	title: "Kolmogorov-Smirnov",
	columnKinds: ["numeric"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const num = requireNumeric("ks", input);
		if (isResult(num)) return num;
		const { statistic, pValue } = ks2Samp(num.reference, num.candidate);
		return ok(statistic, pValue);
	}
};
;
function lInfinity(p, q) {
	let m = 0;
	for (let i = 0; i < p.length; i++) m = Math.max(m, Math.abs(p[i] - q[i]));
	return m;
}
const lInfinityTest = shareDistanceTest({
	id: "l-infinity",
	title: "L-infinity distance",
	measure: lInfinity
});
var math_base_special_erfc_lib = __nccwpck_require__(988);
var math_base_special_erfc_lib_default = __nccwpck_require__.n(math_base_special_erfc_lib);
;
function normalSf(x) {
	return .5 * math_base_special_erfc_lib_default()(x / Math.SQRT2);
}
;
function mwuExactSf(u, m, n) {
	const K = m * n - u;
	if (K < 0) return 0;
	const small = Math.min(m, n);
	const large = Math.max(m, n);
	const c = new Float64Array(K + 1);
	c[0] = 1;
	for (let i = 1; i <= small; i++) {
		const shift = large + i;
		for (let k = K; k >= shift; k--) c[k] -= c[k - shift];
		for (let k = i; k <= K; k++) c[k] += c[k - i];
	}
	let s = 0;
	for (let k = 0; k <= K; k++) s += c[k];
	return s / Math.exp(lnBinomial(m + n, m));
}
function mannWhitneyU(a, b) {
	const n1 = a.length;
	const n2 = b.length;
	const { ranksA, ties } = pooledRanksSorted(sort_ascending(a), sort_ascending(b));
	let r1 = 0;
	for (let i = 0; i < n1; i++) r1 += ranksA[i];
	const u1 = r1 - n1 * (n1 + 1) / 2;
	const u2 = n1 * n2 - u1;
	const u = Math.max(u1, u2);
	const hasTies = ties.some((t) => t > 1);
	const exact = !(n1 > 8 && n2 > 8) && !hasTies;
	let p;
	if (exact) {
		p = mwuExactSf(Math.trunc(u), n1, n2);
	} else {
		const mu = n1 * n2 / 2;
		const n = n1 + n2;
		let tieTerm = 0;
		for (const t of ties) tieTerm += t ** 3 - t;
		const s = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
		const z = (u - mu - .5) / s;
		p = normalSf(z);
	}
	p *= 2;
	return {
		statistic: u1,
		pValue: Math.min(1, Math.max(0, p))
	};
}
const mannWhitneyTest = {
	id: "mann-whitney",
	title: "Mann-Whitney U",
	columnKinds: ["numeric"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const num = requireNumeric("mann-whitney", input);
		if (isResult(num)) return num;
		const res = mannWhitneyU(num.reference, num.candidate);
		return ok(res.statistic, res.pValue);
	}
};
;
function psi(p, q, floor = 1e-4) {
	let s = 0;
	for (let i = 0; i < p.length; i++) {
		const pi = p[i] === 0 ? floor : p[i];
		const qi = q[i] === 0 ? floor : q[i];
		s += (qi - pi) * Math.log(qi / pi);
	}
	return s;
}
function psiNumeric(reference, candidate) {
	const cuts = decileCuts(reference);
	return psi(sharesWithFloor(binByCuts(reference, cuts)), sharesWithFloor(binByCuts(candidate, cuts)));
}
function positiveTotal(counts) {
	let s = 0;
	for (const c of counts) s += c;
	return s > 0;
}
const psiTest = {
	id: "psi",
	title: "Population Stability Index",
	columnKinds: ["numeric", "categorical"],
	scoreKind: "distance",
	defaultThreshold: .1,
	run(input) {
		if (input.kind === "numeric") {
			if (input.reference.length === 0 || input.candidate.length === 0) {
				return skipped("psi requires at least one value in each sample");
			}
			return ok(psiNumeric(input.reference, input.candidate), null);
		}
		if (!positiveTotal(input.reference) || !positiveTotal(input.candidate)) {
			return skipped("psi requires at least one value in each sample");
		}
		return ok(psi(sharesWithFloor(input.reference), sharesWithFloor(input.candidate)), null);
	}
};
var math_base_special_betainc_lib = __nccwpck_require__(9986);
var math_base_special_betainc_lib_default = __nccwpck_require__.n(math_base_special_betainc_lib);
;
function studentTSf(t, df) {
	if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
	if (t === 0) return .5;
	if (t === Number.POSITIVE_INFINITY) return 0;
	if (t === Number.NEGATIVE_INFINITY) return 1;
	const x = df / (df + t * t);
	const tail = .5 * betainc(x, df / 2, .5, true, false);
	return t > 0 ? tail : 1 - tail;
}
function studentTTwoSided(t, df) {
	if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
	if (!Number.isFinite(t)) return 0;
	if (t === 0) return 1;
	return Math.min(1, math_base_special_betainc_lib_default()(df / (df + t * t), df / 2, .5, true, false));
}
;
function welchTTest(a, b) {
	const n1 = a.length;
	const n2 = b.length;
	const s1 = meanVar(a, 1);
	const s2 = meanVar(b, 1);
	const vn1 = s1.variance / n1;
	const vn2 = s2.variance / n2;
	let df = (vn1 + vn2) ** 2 / (vn1 ** 2 / (n1 - 1) + vn2 ** 2 / (n2 - 1));
	if (Number.isNaN(df)) df = 1;
	const denom = Math.sqrt(vn1 + vn2);
	const t = (s1.mean - s2.mean) / denom;
	return {
		statistic: t,
		pValue: studentTTwoSided(t, df),
		df
	};
}
const tTest = {
	id: "t-test",
	title: "Welch's t-test",
	columnKinds: ["numeric"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const num = requireNumeric("t-test", input, 2);
		if (isResult(num)) return num;
		const res = welchTTest(num.reference, num.candidate);
		if (!Number.isFinite(res.statistic) || Number.isNaN(res.pValue)) {
			return skipped("t-test requires variation in at least one sample");
		}
		return ok(res.statistic, res.pValue);
	}
};
;
function totalVariation(p, q) {
	let s = 0;
	for (let i = 0; i < p.length; i++) s += Math.abs(p[i] - q[i]);
	return .5 * s;
}
const tvdTest = shareDistanceTest({
	id: "tvd",
	title: "Total variation distance",
	measure: totalVariation
});
;
function twoProportionZ(x1, n1, x2, n2) {
	const pooled = (x1 + x2) / (n1 + n2);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
	const z = se > 0 ? (x1 / n1 - x2 / n2) / se : 0;
	return {
		statistic: z,
		pValue: Math.min(1, 2 * normalSf(Math.abs(z)))
	};
}
const zTest = {
	id: "z",
	title: "Two-proportion z-test",
	columnKinds: ["categorical"],
	scoreKind: "p-value",
	defaultThreshold: .05,
	run(input) {
		const cat = requireCategorical("z", input);
		if (isResult(cat)) return cat;
		if (cat.levels.length !== 2) return skipped("z applies to binary columns (exactly two levels) only");
		const n1 = cat.reference[0] + cat.reference[1];
		const n2 = cat.candidate[0] + cat.candidate[1];
		if (n1 === 0 || n2 === 0) return skipped("z requires at least one value in each sample");
		const { statistic, pValue } = twoProportionZ(cat.reference[0], n1, cat.candidate[0], n2);
		return ok(statistic, pValue);
	}
};
;
const STAT_TESTS = {
	ks,
	wasserstein: wassersteinTest,
	psi: psiTest,
	"jensen-shannon": jensenShannonTest,
	kl: klTest,
	hellinger: hellingerTest,
	tvd: tvdTest,
	"l-infinity": lInfinityTest,
	"chi-square": chiSquareTest,
	"g-test": gTestTest,
	z: zTest,
	fisher: fisherTest,
	"anderson-darling": andersonDarlingTest,
	"cramer-von-mises": cramerVonMisesTest,
	"mann-whitney": mannWhitneyTest,
	"t-test": tTest,
	energy: energyTest
};
const STAT_TEST_IDS = Object.keys(STAT_TESTS);
function isStatTestId(id) {
	return Object.hasOwn(STAT_TESTS, id);
}
function getStatTest(id) {
	return isStatTestId(id) ? STAT_TESTS[id] : undefined;
}
;
function correction_adjustPValues(pValues, correction) {
	const count = pValues.length;
	if (correction === "none" || count === 0) return [...pValues];
	if (correction === "bonferroni") return pValues.map((p) => Math.min(1, p * count));
	const order = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b]);
	const adjusted = new Array(count);
	let runningMin = 1;
	for (let rank = count; rank >= 1; rank--) {
		const index = order[rank - 1];
		runningMin = Math.min(runningMin, pValues[index] * (count / rank));
		adjusted[index] = runningMin;
	}
	return adjusted;
}
;
function isPastThreshold(kind, score, threshold) {
	return kind === "p-value" ? score < threshold : score >= threshold;
}
;
const RARE_CLASS_FACTOR = 2;
const MOVED_SHARE_OF_MIN_EFFECT = .25;
const FISHER_EXPECTED_BELOW = 5;
function classShares(input, options) {
	const factor = options.factor ?? RARE_CLASS_FACTOR;
	if (!(factor > 1)) throw new Error(`drift-gate bug: rare-class factor must be > 1, got ${factor}`);
	const n1 = classes_sum(input.reference);
	const n2 = classes_sum(input.candidate);
	if (n1 === 0 || n2 === 0) return [];
	const total = n1 + n2;
	const shares = [];
	const changed = [];
	input.levels.forEach((level, i) => {
		const x1 = input.reference[i];
		const x2 = input.candidate[i];
		if (x1 + x2 === 0) return;
		const inClass = x1 + x2;
		const smallest = Math.min(n1, n2) * Math.min(inClass, total - inClass) / total;
		const pValue = smallest < FISHER_EXPECTED_BELOW ? fisherExact([[x1, n1 - x1], [x2, n2 - x2]]).pValue : twoProportionZ(x1, n1, x2, n2).pValue;
		shares.push({
			class: level,
			referenceCount: x1,
			candidateCount: x2,
			referenceShare: x1 / n1,
			candidateShare: x2 / n2,
			pValue,
			adjustedPValue: pValue,
			flagged: false,
			moved: false
		});
		const up = x2 * n1;
		const down = x1 * n2;
		changed.push(x1 === 0 || x2 === 0 || up >= factor * down || down >= factor * up);
	});
	const adjusted = correction_adjustPValues(shares.map((s) => s.pValue), options.correction);
	const minShareChange = MOVED_SHARE_OF_MIN_EFFECT * options.minEffect;
	shares.forEach((s, i) => {
		s.adjustedPValue = adjusted[i];
		const significant = isPastThreshold("p-value", adjusted[i], options.alpha);
		s.flagged = changed[i] && significant;
		const shareChange = Math.abs(s.candidateShare - s.referenceShare);
		s.moved = significant && (s.flagged || isPastThreshold("distance", shareChange, minShareChange));
	});
	return shares;
}
function classes_sum(values) {
	let s = 0;
	for (const v of values) s += v;
	return s;
}
;
const SKETCH_BINS = 10;
const SKETCH_CATEGORIES = 8;
const CHART_MIN_BINS = 10;
const CHART_MAX_BINS = 40;
const CHART_INTEGER_SPAN = 60;
const CHART_CATEGORIES = 20;
function distribution_quantileSorted(sorted, q) {
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	const fraction = position - below;
	const value = sorted[below] + (sorted[above] - sorted[below]) * fraction;
	return Number.isFinite(value) ? value : sorted[below] * (1 - fraction) + sorted[above] * fraction;
}
function numericDistribution(input) {
	const { reference, candidate } = input;
	if (reference.length === 0 || candidate.length === 0) return null;
	const low = Math.min(distribution_quantileSorted(reference, .01), distribution_quantileSorted(candidate, .01));
	const high = Math.max(distribution_quantileSorted(reference, .99), distribution_quantileSorted(candidate, .99));
	const span = high - low;
	const width = high > low ? Number.isFinite(span) ? span / SKETCH_BINS : high / SKETCH_BINS - low / SKETCH_BINS : 1;
	const edge = (i) => {
		const plain = low + i * width;
		return Number.isFinite(plain) ? plain : 2 * (low / 2 + i * (width / 2));
	};
	const shares = (sorted) => {
		const out = [];
		let below = 0;
		for (let bin = 0; bin < SKETCH_BINS; bin++) {
			const upTo = bin === SKETCH_BINS - 1 ? sorted.length : searchLeft(sorted, edge(bin + 1));
			out.push((upTo - below) / sorted.length);
			below = upTo;
		}
		return out;
	};
	const labels = Array.from({ length: SKETCH_BINS }, (_, i) => formatBinEdge(edge(i)));
	return {
		labels,
		reference: shares(reference),
		candidate: shares(candidate)
	};
}
function topCategories(input, limit) {
	const totalRef = input.reference.reduce((a, b) => a + b, 0);
	const totalCand = input.candidate.reduce((a, b) => a + b, 0);
	if (totalRef === 0 || totalCand === 0) return null;
	const order = input.levels.map((_, i) => i).sort((a, b) => input.reference[b] / totalRef + input.candidate[b] / totalCand - (input.reference[a] / totalRef + input.candidate[a] / totalCand));
	const shown = order.length > limit ? order.slice(0, limit - 1) : order;
	const labels = shown.map((i) => input.levels[i]);
	const reference = shown.map((i) => input.reference[i] / totalRef);
	const candidate = shown.map((i) => input.candidate[i] / totalCand);
	if (shown.length < order.length) {
		labels.push(`other (${order.length - shown.length})`);
		reference.push(Math.max(0, 1 - reference.reduce((a, b) => a + b, 0)));
		candidate.push(Math.max(0, 1 - candidate.reduce((a, b) => a + b, 0)));
	}
	return {
		labels,
		reference,
		candidate
	};
}
function categoricalDistribution(input) {
	return topCategories(input, SKETCH_CATEGORIES);
}
function binShares(sorted, edges) {
	const out = [];
	let below = 0;
	const bins = edges.length - 1;
	for (let bin = 0; bin < bins; bin++) {
		const upTo = bin === bins - 1 ? sorted.length : searchLeft(sorted, edges[bin + 1]);
		out.push((upTo - below) / sorted.length);
		below = upTo;
	}
	return out;
}
function allIntegers(sorted) {
	for (let i = 0; i < sorted.length; i++) if (!Number.isInteger(sorted[i])) return false;
	return true;
}
function numericHistogram(input) {
	const { reference, candidate } = input;
	if (reference.length === 0 || candidate.length === 0) return undefined;
	const min = Math.min(reference[0], candidate[0]);
	const max = Math.max(reference[reference.length - 1], candidate[candidate.length - 1]);
	let edges;
	if (max - min <= CHART_INTEGER_SPAN && allIntegers(reference) && allIntegers(candidate)) {
		edges = Array.from({ length: max - min + 2 }, (_, i) => min - .5 + i);
	} else {
		const smaller = Math.min(reference.length, candidate.length);
		const bins = Math.min(CHART_MAX_BINS, Math.max(CHART_MIN_BINS, Math.ceil(2 * Math.cbrt(smaller))));
		const low = Math.min(distribution_quantileSorted(reference, .005), distribution_quantileSorted(candidate, .005));
		const high = Math.max(distribution_quantileSorted(reference, .995), distribution_quantileSorted(candidate, .995));
		const span = high - low;
		const width = high > low ? Number.isFinite(span) ? span / bins : high / bins - low / bins : 1;
		edges = Array.from({ length: bins + 1 }, (_, i) => {
			const plain = low + i * width;
			return Number.isFinite(plain) ? plain : 2 * (low / 2 + i * (width / 2));
		});
		if (!(high > low)) edges = [low - .5, low + .5];
	}
	return {
		kind: "numeric",
		edges,
		labels: [],
		reference: binShares(reference, edges),
		candidate: binShares(candidate, edges)
	};
}
function categoricalHistogram(input) {
	const shares = topCategories(input, CHART_CATEGORIES);
	return shares ? {
		kind: "categorical",
		edges: [],
		...shares
	} : undefined;
}
function pairShares(input) {
	return input.kind === "numeric" ? {
		distribution: numericDistribution(input),
		histogram: numericHistogram(input)
	} : {
		distribution: categoricalDistribution(input),
		histogram: categoricalHistogram(input)
	};
}
;
const MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC = 5;
const summaries = new WeakMap();
function summarizeSorted(sorted) {
	const count = sorted.length;
	if (count === 0) return null;
	const { sumAbs } = plainSums(sorted);
	return {
		present: count,
		min: sorted[0],
		max: sorted[count - 1],
		median: quantileSorted(sorted, .5),
		q1: quantileSorted(sorted, .25),
		q3: quantileSorted(sorted, .75),
		meanAbs: sumAbs / count
	};
}
const sortBuffers = [new Float64Array(0), new Float64Array(0)];
function presentSorted(column, slot) {
	const present = column.values.length - column.missing;
	if (sortBuffers[slot].length < present) sortBuffers[slot] = new Float64Array(present);
	const sorted = sortedPresent(column.values, sortBuffers[slot]);
	summaries.set(column, summarizeSorted(sorted));
	return sorted;
}
function sortedReference() {
	return {
		byColumn: new WeakMap(),
		described: new WeakMap(),
		made: 0
	};
}
function referenceSorted(column, kept) {
	if (!kept) return presentSorted(column, 0);
	const known = kept.byColumn.get(column);
	if (known) return known;
	const sorted = sortedPresent(column.values, new Float64Array(column.values.length - column.missing));
	summaries.set(column, summarizeSorted(sorted));
	kept.byColumn.set(column, sorted);
	kept.made++;
	return sorted;
}
function referenceDescription(column, sorted, kept) {
	if (!kept) return describeSorted(sorted);
	if (kept.described.has(column)) return kept.described.get(column) ?? null;
	const description = describeSorted(sorted);
	kept.described.set(column, description);
	return description;
}
function prepare_presentSummary(column) {
	const known = summaries.get(column);
	if (known !== undefined) return known;
	return summarizeSorted(presentSorted(column, 0));
}
function recordedSummary(column) {
	return summaries.get(column);
}
function prepare_recordSummary(column, summary) {
	summaries.set(column, summary);
}
const outsideRanges = new WeakMap();
function outsideRange(reference, candidate) {
	if (reference.length === 0) return null;
	const max = reference[reference.length - 1];
	return {
		below: searchLeft(candidate, reference[0]),
		above: candidate.length - searchRight(candidate, max)
	};
}
function prepare_recordOutsideRange(reference, candidate, outside) {
	outsideRanges.set(candidate, {
		reference,
		outside
	});
}
function recordedOutsideRange(reference, candidate) {
	const known = outsideRanges.get(candidate);
	return known?.reference === reference ? known.outside : undefined;
}
function distinctSorted(sorted, limit) {
	const seen = new Set();
	for (const values of sorted) {
		for (let i = 0; i < values.length && seen.size <= limit; i++) {
			if (i === 0 || values[i] !== values[i - 1]) seen.add(values[i]);
		}
	}
	return [...seen].sort((a, b) => a - b);
}
function numericPairInput(reference, candidate) {
	const distinct = distinctSorted([reference, candidate], MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC);
	if (distinct.length > MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC) return {
		kind: "numeric",
		reference,
		candidate
	};
	const index = new Map(distinct.map((value, i) => [value, i]));
	const count = (values) => {
		const counts = new Array(distinct.length).fill(0);
		for (let i = 0; i < values.length; i++) counts[index.get(values[i])]++;
		return counts;
	};
	return {
		kind: "categorical",
		levels: distinct.map((value) => String(value)),
		reference: count(reference),
		candidate: count(candidate)
	};
}
const levelCountsByColumn = new WeakMap();
function levelCounts(column) {
	const known = levelCountsByColumn.get(column);
	if (known) return known;
	const counts = new Float64Array(column.levels.length);
	const codes = column.codes;
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i];
		if (code >= 0 && code < counts.length) counts[code]++;
	}
	levelCountsByColumn.set(column, counts);
	return counts;
}
function recordedLevelCounts(column) {
	return levelCountsByColumn.get(column);
}
function prepare_recordLevelCounts(column, counts) {
	levelCountsByColumn.set(column, Float64Array.from(counts));
}
function categoricalPairInput(reference, candidate) {
	const levels = [...reference.levels];
	const position = new Map(levels.map((level, i) => [level, i]));
	const candidateToUnion = candidate.levels.map((level) => {
		let at = position.get(level);
		if (at === undefined) {
			at = levels.length;
			levels.push(level);
			position.set(level, at);
		}
		return at;
	});
	const referenceCounts = new Array(levels.length).fill(0);
	const candidateCounts = new Array(levels.length).fill(0);
	const codesRef = reference.codes;
	for (let i = 0; i < codesRef.length; i++) if (codesRef[i] >= 0) referenceCounts[codesRef[i]]++;
	const perCandidateLevel = new Array(candidate.levels.length).fill(0);
	const codesCand = candidate.codes;
	for (let i = 0; i < codesCand.length; i++) if (codesCand[i] >= 0) perCandidateLevel[codesCand[i]]++;
	perCandidateLevel.forEach((count, level) => {
		candidateCounts[candidateToUnion[level]] += count;
	});
	prepare_recordLevelCounts(reference, referenceCounts.slice(0, reference.levels.length));
	prepare_recordLevelCounts(candidate, perCandidateLevel);
	return {
		kind: "categorical",
		levels,
		reference: referenceCounts,
		candidate: candidateCounts
	};
}
;
const drift_FISHER_EXPECTED_BELOW = 5;
const MIN_ROWS_PER_CATEGORY = 1;
function tooSparse(input) {
	const levels = input.levels.filter((_, i) => input.reference[i] + input.candidate[i] > 0).length;
	const rows = Math.min(input.reference.reduce((a, b) => a + b, 0), input.candidate.reduce((a, b) => a + b, 0));
	if (levels <= 2 || rows >= levels * MIN_ROWS_PER_CATEGORY) return null;
	return wording_columnSkipText({
		kind: "too-sparse",
		categories: levels,
		smallerSide: rows
	});
}
function requireTest(id) {
	const test = getStatTest(id);
	if (!test) throw new Error(`drift-gate bug: statistical test '${id}' is not in the registry`);
	return test;
}
function counts(column, rows) {
	return {
		present: rows - column.missing,
		missing: column.missing,
		missingShare: rows === 0 ? 0 : column.missing / rows
	};
}
function autoCategoricalTest(input) {
	const present = input.levels.map((_, i) => input.reference[i] + input.candidate[i] > 0);
	if (present.filter(Boolean).length !== 2) return "chi-square";
	const totalRef = input.reference.reduce((a, b) => a + b, 0);
	const totalCand = input.candidate.reduce((a, b) => a + b, 0);
	const total = totalRef + totalCand;
	const smallExpected = input.levels.some((_, i) => present[i] && ((input.reference[i] + input.candidate[i]) * totalRef / total < drift_FISHER_EXPECTED_BELOW || (input.reference[i] + input.candidate[i]) * totalCand / total < drift_FISHER_EXPECTED_BELOW));
	return smallExpected ? "fisher" : "z";
}
function runScore(testId, input, threshold) {
	const test = requireTest(testId);
	const result = test.run(input);
	if (result.status === "skipped") return wording_columnSkipText({
		kind: "test-skipped",
		message: result.reason
	});
	return {
		test: test.id,
		kind: test.scoreKind,
		statistic: Number.isFinite(result.statistic) ? result.statistic : null,
		pValue: result.pValue,
		adjustedPValue: result.pValue,
		threshold: threshold ?? test.defaultThreshold,
		passed: false
	};
}
function baseReport(name, role, type, reference, candidate) {
	return {
		name,
		role,
		type,
		status: "compared",
		reason: null,
		method: "auto",
		test: null,
		statistic: null,
		pValue: null,
		adjustedPValue: null,
		threshold: null,
		effectSize: null,
		scores: [],
		missingShare: null,
		drift: false,
		outcome: "pass",
		explanation: "",
		reference,
		candidate,
		distribution: null
	};
}
function pairInput(reference, candidate, kept) {
	if (table_isNumericColumn(reference) && table_isNumericColumn(candidate)) {
		const sortedReference = referenceSorted(reference, kept);
		const candidateSorted = presentSorted(candidate, 1);
		knownAscending(sortedReference);
		knownAscending(candidateSorted);
		const outside = outsideRange(sortedReference, candidateSorted);
		if (outside) prepare_recordOutsideRange(reference, candidate, outside);
		const input = numericPairInput(sortedReference, candidateSorted);
		const values = {
			reference: referenceDescription(reference, sortedReference, kept),
			candidate: describeSorted(candidateSorted)
		};
		return {
			input,
			...pairShares(input),
			values
		};
	}
	if (table_isCategoricalColumn(reference) && table_isCategoricalColumn(candidate)) {
		const input = categoricalPairInput(reference, candidate);
		return {
			input,
			...pairShares(input)
		};
	}
	if (reference.type !== candidate.type) return wording_columnSkipText({
		kind: "type-differs",
		reference: reference.type,
		candidate: candidate.type
	});
	return wording_columnSkipText({
		kind: "not-comparable",
		message: "reason" in reference ? reference.reason : "not comparable"
	});
}
function evaluateColumn(...args) {
	return sharingWalks(() => sharingSums(() => evaluateColumnTests(...args)));
}
function evaluateColumnTests(spec, reference, candidate, refRows, candRows, settings, kept) {
	const name = spec.name;
	const report = baseReport(name, "feature", reference.type, counts(reference, refRows), counts(candidate, candRows));
	const pending = {
		report,
		familyScore: -1,
		mode: "auto"
	};
	const prepared = pairInput(reference, candidate, kept);
	if (typeof prepared === "string") {
		report.status = "skipped";
		report.reason = prepared;
	} else {
		const { input, distribution, histogram, values } = prepared;
		report.distribution = distribution;
		if (values) report.values = values;
		if (histogram) report.histogram = histogram;
		const kind = input.kind;
		const named = spec.tests[kind].test;
		const sparse = named === "auto" && input.kind === "categorical" ? tooSparse(input) : null;
		if (sparse) {
			report.status = "skipped";
			report.reason = sparse;
		} else if (named === "auto") {
			const pTest = kind === "numeric" ? "ks" : autoCategoricalTest(input);
			const effectTest = kind === "numeric" ? "wasserstein" : "tvd";
			const pScore = runScore(pTest, input, settings.alpha);
			const effect = runScore(effectTest, input, settings.minEffect);
			if (typeof pScore === "string" || typeof effect === "string") {
				report.status = "skipped";
				report.reason = typeof pScore === "string" ? pScore : effect;
			} else {
				report.scores.push(pScore, effect);
				report.effectSize = effect;
				pending.familyScore = 0;
			}
			if (input.kind === "categorical") {
				report.classes = classShares(input, {
					alpha: settings.alpha,
					correction: settings.correction,
					minEffect: settings.minEffect
				});
			}
		} else {
			pending.mode = "named";
			report.method = "named";
			const score = runScore(named, input, spec.tests[kind].threshold);
			if (typeof score === "string") {
				report.status = "skipped";
				report.reason = score;
			} else {
				report.scores.push(score);
				if (score.kind === "p-value") pending.familyScore = 0;
			}
		}
	}
	const comparable = reference.type !== "identifier" && reference.type !== "empty";
	report.missingShare = comparable ? missingShareScore(report.reference, report.candidate, settings) : null;
	if (report.status === "skipped" && report.missingShare) {
		report.status = "compared";
		report.reason = onlyMissingShareText(report.reason ?? "");
	}
	return pending;
}
function missingShareScore(reference, candidate, settings) {
	const refRows = reference.present + reference.missing;
	const candRows = candidate.present + candidate.missing;
	if (refRows === 0 || candRows === 0) return null;
	const score = runScore("z", {
		kind: "categorical",
		levels: ["missing", "present"],
		reference: [reference.missing, reference.present],
		candidate: [candidate.missing, candidate.present]
	}, settings.alpha);
	if (typeof score === "string") return null;
	return {
		...score,
		reference: reference.missingShare,
		candidate: candidate.missingShare,
		minChange: settings.missingShareChange
	};
}
function decide(pendings, settings) {
	const family = pendings.filter((p) => p.familyScore >= 0);
	const adjusted = adjustPValues(family.map((p) => p.report.scores[p.familyScore].pValue), settings.correction);
	family.forEach((p, i) => {
		p.report.scores[p.familyScore].adjustedPValue = adjusted[i];
	});
	const withMissing = pendings.filter((p) => p.report.missingShare !== null);
	const adjustedMissing = adjustPValues(withMissing.map((p) => p.report.missingShare?.pValue), settings.correction);
	withMissing.forEach((p, i) => {
		const missing = p.report.missingShare;
		if (missing) missing.adjustedPValue = adjustedMissing[i];
	});
	for (const pending of pendings) finishColumn(pending);
}
function finishColumn({ report, mode }) {
	const decision = decideColumn({
		mode,
		scores: report.scores,
		missingShare: report.missingShare,
		classes: report.classes ?? null
	});
	decision.passed.forEach((passed, i) => {
		report.scores[i].passed = passed;
	});
	if (report.missingShare && decision.missingShare) report.missingShare.passed = decision.missingShare.drift;
	const [main] = report.scores;
	if (main) {
		report.test = main.test;
		report.statistic = main.statistic;
		report.pValue = main.pValue;
		report.adjustedPValue = main.adjustedPValue;
		report.threshold = main.threshold;
	}
	report.drift = decision.drift;
	report.outcome = decision.outcome;
	report.explanation = columnExplanation(decision, report.reason);
}
function oneSided(name, column, rows, side) {
	const present = counts(column, rows);
	const empty = {
		present: 0,
		missing: 0,
		missingShare: 0
	};
	const report = baseReport(name, "feature", column.type, side === "reference" ? present : empty, side === "candidate" ? present : empty);
	report.status = side === "reference" ? "missing-in-candidate" : "missing-in-reference";
	report.reason = columnSkipText({ kind: side === "reference" ? "missing-in-candidate" : "missing-in-reference" });
	report.explanation = notComparedText(report.reason);
	return report;
}
function rangeReport(name, role, range, reference, candidate, refRows, candRows) {
	const report = baseReport(name, role, reference.type, counts(reference, refRows), counts(candidate, candRows));
	const show = role === "time" && reference.type === "datetime" ? formatTimeRange : formatIdRange;
	const side = (s) => ({
		min: s.min,
		max: s.max,
		text: show(s.min, s.max)
	});
	report.range = {
		reference: side(range.reference),
		candidate: side(range.candidate)
	};
	report.status = "skipped";
	report.reason = columnSkipText({
		kind: "role-range",
		role,
		reference: report.range.reference.text,
		candidate: report.range.candidate.text
	});
	report.explanation = roleRangeExplanation(role, report.reason);
	return report;
}
function columnUnion(reference, candidate) {
	const names = reference.columns.map((c) => c.name);
	const known = new Set(names);
	for (const column of candidate.columns) if (!known.has(column.name)) names.push(column.name);
	return names;
}
function shownByRange(spec) {
	return (spec.role === "identifier" || spec.role === "time") && spec.range !== undefined;
}
function drift_testedPairs(reference, candidate, columns) {
	const inReference = new Set(reference.columns.map((c) => c.name));
	const inCandidate = new Set(candidate.columns.map((c) => c.name));
	return columns.filter((spec) => inReference.has(spec.name) && inCandidate.has(spec.name) && !shownByRange(spec));
}
function compareColumns(reference, candidate, columns, settings, evaluated = new Map(), kept) {
	const refByName = new Map(reference.columns.map((c) => [c.name, c]));
	const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
	const pendings = [];
	const reports = [];
	for (const spec of columns) {
		const name = spec.name;
		const ref = refByName.get(name);
		const cand = candByName.get(name);
		if (ref && cand && shownByRange(spec)) {
			reports.push(rangeReport(spec.name, spec.role, spec.range, ref, cand, reference.rows, candidate.rows));
		} else if (ref && cand) {
			const pending = evaluated.get(name) ?? evaluateColumn(spec, ref, cand, reference.rows, candidate.rows, settings, kept);
			pendings.push(pending);
			reports.push(pending.report);
		} else if (ref) reports.push(oneSided(name, ref, reference.rows, "reference"));
		else if (cand) reports.push(oneSided(name, cand, candidate.rows, "candidate"));
	}
	decide(pendings, settings);
	return reports;
}
;
const NS_PER_SORTED_VALUE = 69;
const NS_PER_CODED_VALUE = 23;
const JOINT_NS_PER_ROW = 970;
const JOINT_NS_PER_CELL = 9;
const SHARE_MIN_SAVING_NS = 6e8;
function byName(table) {
	return new Map(table.columns.map((column) => [column.name, column]));
}
function pairCost(reference, candidate, rows) {
	if (reference && isNumericColumn(reference)) {
		const missing = reference.missing + (candidate && isNumericColumn(candidate) ? candidate.missing : 0);
		return NS_PER_SORTED_VALUE * (rows - missing);
	}
	if (reference && isCategoricalColumn(reference)) return NS_PER_CODED_VALUE * rows;
	return 1;
}
function jointCost(reference, candidate, runs) {
	if (!runs) return 0;
	const rows = reference.rows + candidate.rows;
	const columns = Math.max(reference.columns.length, candidate.columns.length);
	return rows * (JOINT_NS_PER_ROW + JOINT_NS_PER_CELL * columns);
}
function planColumnWork(reference, candidate, specs, workers, joint, minSaving = SHARE_MIN_SAVING_NS) {
	const referenceColumns = byName(reference);
	const candidateColumns = byName(candidate);
	const rows = reference.rows + candidate.rows;
	const threads = Math.max(1, Math.min(1 + Math.floor(workers), specs.length));
	const costs = specs.map((spec) => pairCost(referenceColumns.get(spec.name), candidateColumns.get(spec.name), rows));
	const total = costs.reduce((sum, cost) => sum + cost, 0);
	const shared = Math.max((total + joint) / threads, joint);
	const indices = specs.map((_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
	const order = indices.map((i) => specs[i]);
	const ordered = indices.map((i) => costs[i]);
	const pays = threads > 1 && Math.max(total, joint) - shared >= minSaving;
	return {
		workers: pays ? threads - 1 : 0,
		order,
		costs: ordered
	};
}
function newQueue(pairs) {
	return {
		next: sharedInt32(1),
		claimed: sharedInt32(pairs)
	};
}
const BACK_LIMITS = {
	maxSortedValues: 1 << 21,
	costFactor: 3
};
function withColumns(table, names) {
	return {
		...table,
		columns: table.columns.filter((column) => names.has(column.name))
	};
}
function sortedValues(reference, candidate) {
	const present = (column) => table_isNumericColumn(column) ? column.values.length - column.missing : 0;
	return Math.max(present(reference), present(candidate));
}
function backMayTake(request, at, reference, candidate, limits) {
	if (sortedValues(reference, candidate) > limits.maxSortedValues) return false;
	const needed = limits.costFactor * request.costs[at];
	let left = 0;
	for (let before = at - 1; before >= 0 && left < needed; before--) {
		if (Atomics.load(request.claimed, before) !== 0) break;
		left += request.costs[before];
	}
	return left >= needed;
}
function evaluateShare(reference, candidate, request, end = "front", limits = BACK_LIMITS) {
	const referenceColumns = byName(reference);
	const candidateColumns = byName(candidate);
	const taken = [];
	const evaluations = [];
	for (let back = request.specs.length - 1;; back--) {
		const at = end === "front" ? Atomics.add(request.next, 0, 1) : back;
		if (at < 0 || at >= request.specs.length) break;
		const spec = request.specs[at];
		const [ref, cand] = [referenceColumns.get(spec.name), candidateColumns.get(spec.name)];
		if (!ref || !cand) throw new Error(`drift-gate bug: column '${spec.name}' is not on both sides`);
		if (end === "back" && !backMayTake(request, at, ref, cand, limits)) break;
		if (Atomics.compareExchange(request.claimed, at, 0, 1) !== 0) break;
		taken.push(spec);
		evaluations.push(evaluateColumn(spec, ref, cand, reference.rows, candidate.rows, request.settings));
	}
	const summaries = taken.map((spec) => {
		const summary = (column) => column && table_isNumericColumn(column) ? recordedSummary(column) : undefined;
		const [ref, cand] = [referenceColumns.get(spec.name), candidateColumns.get(spec.name)];
		const referenceSummary = summary(ref);
		const candidateSummary = summary(cand);
		const outside = ref && cand && table_isNumericColumn(ref) && table_isNumericColumn(cand) ? recordedOutsideRange(ref, cand) : undefined;
		const levels = ref && cand && table_isCategoricalColumn(ref) && table_isCategoricalColumn(cand) ? sentLevels(ref, cand) : undefined;
		return {
			name: spec.name,
			...referenceSummary !== undefined ? { reference: referenceSummary } : {},
			...candidateSummary !== undefined ? { candidate: candidateSummary } : {},
			...outside !== undefined ? { outside } : {},
			...levels !== undefined ? { levels } : {}
		};
	});
	return {
		evaluations,
		summaries
	};
}
function sentLevels(reference, candidate) {
	const [referenceCounts, candidateCounts] = [recordedLevelCounts(reference), recordedLevelCounts(candidate)];
	if (referenceCounts === undefined || candidateCounts === undefined) return undefined;
	return {
		reference: Array.from(referenceCounts),
		candidate: Array.from(candidateCounts)
	};
}
function recordShareSummaries(reference, candidate, summaries) {
	const referenceColumns = byName(reference);
	const candidateColumns = byName(candidate);
	for (const entry of summaries) {
		const referenceColumn = referenceColumns.get(entry.name);
		const candidateColumn = candidateColumns.get(entry.name);
		if (entry.reference !== undefined && referenceColumn && isNumericColumn(referenceColumn)) recordSummary(referenceColumn, entry.reference);
		if (entry.candidate !== undefined && candidateColumn && isNumericColumn(candidateColumn)) recordSummary(candidateColumn, entry.candidate);
		if (entry.outside !== undefined && referenceColumn && candidateColumn && isNumericColumn(referenceColumn) && isNumericColumn(candidateColumn)) recordOutsideRange(referenceColumn, candidateColumn, entry.outside);
		if (entry.levels !== undefined && referenceColumn && candidateColumn && isCategoricalColumn(referenceColumn) && isCategoricalColumn(candidateColumn)) {
			recordLevelCounts(referenceColumn, entry.levels.reference);
			recordLevelCounts(candidateColumn, entry.levels.candidate);
		}
	}
}
function columnQueue(reference, candidate, plan, work) {
	const tested = testedPairs(reference, candidate, plan.columns);
	if (tested.length === 0) return null;
	const joint = jointCost(reference, candidate, plan.rows !== null || plan.multivariate.enabled);
	const { workers, order, costs } = planColumnWork(reference, candidate, tested, work.workers, joint, work.minSaving);
	return {
		request: {
			specs: order,
			costs,
			settings: plan.drift,
			...newQueue(order.length)
		},
		workers
	};
}
async function evaluateQueue(reference, candidate, queue, work, takenByJoint) {
	const { request, workers } = queue;
	const names = new Set(request.specs.map((spec) => spec.name));
	const [referenceShared, candidateShared] = [withColumns(reference, names), withColumns(candidate, names)];
	const running = Array.from({ length: workers }, () => work.run(referenceShared, candidateShared, request));
	let mine;
	try {
		mine = evaluateShare(reference, candidate, request);
	} catch (error) {
		await Promise.allSettled(running);
		throw error;
	}
	const evaluated = new Map(mine.evaluations.map((evaluation) => [evaluation.report.name, evaluation]));
	const record = (result) => {
		recordShareSummaries(reference, candidate, result.summaries);
		for (const evaluation of result.evaluations) evaluated.set(evaluation.report.name, evaluation);
	};
	for (const result of await Promise.all(running)) record(result);
	if (evaluated.size < request.specs.length) {
		const taken = await takenByJoint();
		if (taken) record(taken);
	}
	return evaluated;
}
;
const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const NON_FINITE_TEXT = /^\s*[+-]?(inf|infinity|nan)\s*$/i;
const DATE_TEXT = /^\s*\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?([Zz]|[+-]\d{2}:?(\d{2})?)?\s*$/;
function isNumberText(text) {
	return NUMBER_TEXT.test(text) || NON_FINITE_TEXT.test(text);
}
function isDateText(text) {
	return DATE_TEXT.test(text);
}
const summarizeNumeric = null && presentSummary;
function util_plural(count, word, words = `${word}s`) {
	return `${count} ${count === 1 ? word : words}`;
}
function quoteList(items) {
	return items.map((item) => `'${item}'`).join(", ");
}
;
function columnOrder({ reference, candidate, columns }, emit) {
	const compared = new Set(columns.filter((c) => c.status !== "missing-in-candidate" && c.status !== "missing-in-reference").map((c) => c.name));
	const refOrder = reference.columns.map((c) => c.name).filter((name) => compared.has(name));
	const candOrder = candidate.columns.map((c) => c.name).filter((name) => compared.has(name));
	if (refOrder.length !== candOrder.length) return;
	let moved = 0;
	let first = -1;
	for (let i = 0; i < refOrder.length; i++) {
		if (refOrder[i] !== candOrder[i]) {
			moved++;
			if (first < 0) first = i;
		}
	}
	if (moved === 0) return;
	const refPosition = new Map(reference.columns.map((c, i) => [c.name, i + 1]));
	const candPosition = new Map(candidate.columns.map((c, i) => [c.name, i + 1]));
	const name = refOrder[first];
	emit(`the columns are in a different order: ${util_plural(moved, "column")} of ${refOrder.length} moved; the first, '${name}', is column ${refPosition.get(name)} in the reference and ${candPosition.get(name)} in the candidate`, {
		shared: refOrder.length,
		moved,
		firstMoved: name,
		referencePosition: refPosition.get(name) ?? null,
		candidatePosition: candPosition.get(name) ?? null
	});
}
;
const CONSTANT_MAX_CHANCE = .01;
const CONSTANT_MIN_PRESENT = 2;
function constantColumn(ctx, emit) {
	const numeric = ctx.numeric();
	if (numeric) {
		const ref = numeric.referenceSummary;
		const cand = numeric.candidateSummary;
		if (!(ref.min < ref.max && cand.min === cand.max)) return;
		const value = cand.min;
		let same = 0;
		const values = numeric.reference.values;
		for (let i = 0; i < values.length; i++) if (values[i] === value) same++;
		const display = numeric.reference.type === "datetime" ? new Date(value).toISOString() : format_formatValue(value);
		report(ctx.name, display, same / ref.present, cand.present, emit);
		return;
	}
	if (ctx.has("type-change")) return;
	const pair = ctx.categorical();
	if (!pair || !(pair.referenceDistinct > 1 && pair.candidateDistinct === 1)) return;
	const level = pair.candidate.levels[pair.candidateOnly];
	const at = pair.referenceIndex.get(level);
	const refShare = at === undefined ? 0 : pair.referenceCounts[at] / pair.referencePresent;
	report(ctx.name, level, refShare, pair.candidatePresent, emit);
}
function report(name, value, referenceShare, candidatePresent, emit) {
	if (candidatePresent < CONSTANT_MIN_PRESENT) return;
	const logChance = referenceShare > 0 ? candidatePresent * Math.log(referenceShare) : Number.NEGATIVE_INFINITY;
	if (logChance >= Math.log(CONSTANT_MAX_CHANCE)) return;
	emit(`'${name}' became constant: every one of ${util_plural(candidatePresent, "candidate value")} is '${value}', which is ${format_formatShare(referenceShare)} of the reference`, {
		value,
		candidatePresent,
		referenceShare
	});
}
;
function entirelyMissing(ctx, emit) {
	const { name, referencePresent, referenceRows, candidateRows, candidatePresent } = ctx;
	if (!(referencePresent > 0 && candidateRows > 0 && candidatePresent === 0)) return;
	emit(`'${name}' is entirely missing in the candidate (all ${util_plural(candidateRows, "row")}); ${format_formatShare(referencePresent / referenceRows)} of reference rows have a value`, {
		referencePresent,
		referenceMissingShare: ctx.reference.missing / referenceRows,
		candidateRows,
		candidateMissingShare: 1
	});
}
;
function missingValues(ctx, emit) {
	if (ctx.has("entirely-missing")) return;
	const { report } = ctx;
	const missing = report.missingShare;
	if (!missing?.passed || !(missing.candidate > missing.reference)) return;
	emit(`missing values in '${report.name}' rose from ${format_formatShare(missing.reference)} to ${format_formatShare(missing.candidate)}`, {
		referenceShare: missing.reference,
		candidateShare: missing.candidate,
		referenceMissing: report.reference.missing,
		candidateMissing: report.candidate.missing,
		adjustedPValue: missing.adjustedPValue,
		minChange: missing.minChange
	});
}
;
const MAX_CATEGORIES_LISTED = 5;
const NOTE_BELOW_SHARE = .001;
const NOTE_BELOW_ROWS = 5;
function newCategories(ctx, emit) {
	if (ctx.has("type-change")) return;
	const pair = ctx.categorical();
	if (!pair || pair.identifierLike || pair.numberLevels) return;
	const { candidate: cand, candidateCounts, referenceCounts, referenceIndex, candidatePresent } = pair;
	const added = [];
	let addedValues = 0;
	for (let i = 0; i < candidateCounts.length; i++) {
		if (candidateCounts[i] === 0) continue;
		const at = referenceIndex.get(cand.levels[i]);
		if (at !== undefined && referenceCounts[at] > 0) continue;
		added.push({
			level: cand.levels[i],
			count: candidateCounts[i]
		});
		addedValues += candidateCounts[i];
	}
	if (added.length === 0) return;
	added.sort((a, b) => b.count - a.count);
	const listed = added.slice(0, MAX_CATEGORIES_LISTED).map((a) => `'${a.level}' (${a.count}, ${format_formatShare(a.count / candidatePresent)})`);
	const more = added.length - listed.length;
	const share = addedValues / candidatePresent;
	const tiny = share < NOTE_BELOW_SHARE && addedValues < NOTE_BELOW_ROWS;
	emit(`${util_plural(added.length, "category", "categories")} in '${ctx.name}' never seen in the reference, ${addedValues} of ${candidatePresent} candidate values (${format_formatShare(addedValues / candidatePresent)}): ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`, {
		categories: added.length,
		count: addedValues,
		share: addedValues / candidatePresent,
		candidatePresent,
		top: JSON.stringify(added.slice(0, MAX_CATEGORIES_LISTED).map((a) => [a.level, a.count]))
	}, tiny ? "info" : undefined);
}
;
const NULL_LIKE_MIN_SHARE = .05;
function nullLikeCategory(ctx, emit) {
	const pair = ctx.categorical();
	if (!pair || pair.identifierLike) return;
	const sides = [{
		column: pair.reference,
		counts: pair.referenceCounts,
		present: pair.referencePresent
	}, {
		column: pair.candidate,
		counts: pair.candidateCounts,
		present: pair.candidatePresent
	}];
	let best = null;
	for (const side of sides) {
		for (const code of side.column.nullLike ?? []) {
			const share = side.present > 0 ? side.counts[code] / side.present : 0;
			if (share > NULL_LIKE_MIN_SHARE && (best === null || share > best.share)) {
				best = {
					token: side.column.levels[code],
					share
				};
			}
		}
	}
	if (best === null) return;
	emit(`'${ctx.name}' holds '${best.token}' in ${format_formatShare(best.share)} of its values: a text column, so '${best.token}' is kept as a category, not counted as missing`, {
		token: best.token,
		share: best.share
	});
}
;
const OUT_OF_RANGE_MIN_SHARE = .01;
const OUT_OF_RANGE_REFERENCE_ALLOWANCE = 10;
const OUT_OF_RANGE_MIN_COUNT = 5;
function outOfRange(ctx, emit) {
	const numeric = ctx.numeric();
	if (numeric) {
		if (numeric.reference.type !== "numeric" || numeric.candidate.type !== "numeric") return;
		if (ctx.has("unit-change")) return;
		const ref = numeric.referenceSummary;
		const counted = recordedOutsideRange(numeric.reference, numeric.candidate) ?? countOutside(numeric.candidate.values, ref);
		out_of_range_report(ctx.name, counted, ref, numeric.candidateSummary, emit);
		return;
	}
	if (ctx.has("type-change")) return;
	const pair = ctx.categorical();
	if (!pair || pair.identifierLike || !pair.numberLevels) return;
	const { reference: refRange, candidate: candRange } = pair.numberLevels;
	let below = 0;
	let above = 0;
	const counts = pair.candidateCounts;
	for (let i = 0; i < counts.length; i++) {
		if (counts[i] === 0) continue;
		const value = Number(pair.candidate.levels[i]);
		if (value < refRange.min) below += counts[i];
		else if (value > refRange.max) above += counts[i];
	}
	out_of_range_report(ctx.name, {
		below,
		above
	}, refRange, candRange, emit);
}
function countOutside(values, range) {
	let below = 0;
	let above = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (value < range.min) below++;
		else if (value > range.max) above++;
	}
	return {
		below,
		above
	};
}
function out_of_range_report(name, { below, above }, ref, cand, emit) {
	const outside = below + above;
	const share = outside / cand.present;
	const margin = Math.max(OUT_OF_RANGE_MIN_SHARE, OUT_OF_RANGE_REFERENCE_ALLOWANCE / ref.present);
	if (outside < OUT_OF_RANGE_MIN_COUNT || share <= margin) return;
	const parts = [];
	if (below > 0) parts.push(`${below} below (down to ${format_formatValue(cand.min)})`);
	if (above > 0) parts.push(`${above} above (up to ${format_formatValue(cand.max)})`);
	emit(`${outside} of ${cand.present} candidate values in '${name}' (${format_formatShare(share)}) are outside the reference range [${format_formatValue(ref.min)}, ${format_formatValue(ref.max)}]: ${parts.join(", ")}`, {
		outside,
		below,
		above,
		share,
		candidatePresent: cand.present,
		referenceMin: ref.min,
		referenceMax: ref.max,
		candidateMin: cand.min,
		candidateMax: cand.max,
		margin
	});
}
;
const ROW_COUNT_MIN_RATIO = .5;
function rowCount({ reference, candidate }, emit) {
	if (reference.rows === 0) return;
	const ratio = candidate.rows / reference.rows;
	if (!(ratio < ROW_COUNT_MIN_RATIO)) return;
	emit(`the candidate has ${util_plural(candidate.rows, "row")}, ${format_formatShare(ratio)} of the reference's ${reference.rows} (below ${format_formatShare(ROW_COUNT_MIN_RATIO)})`, {
		referenceRows: reference.rows,
		candidateRows: candidate.rows,
		ratio,
		minRatio: ROW_COUNT_MIN_RATIO
	});
}
;
const ROW_COUNT_MAX_RATIO = 2;
function rowCountGrowth({ reference, candidate }, emit) {
	if (reference.rows === 0) return;
	const ratio = candidate.rows / reference.rows;
	if (!(ratio > ROW_COUNT_MAX_RATIO)) return;
	emit(`the candidate has ${util_plural(candidate.rows, "row")}, ${format_formatValue(ratio)} times the reference's ${reference.rows}`, {
		referenceRows: reference.rows,
		candidateRows: candidate.rows,
		ratio,
		maxRatio: ROW_COUNT_MAX_RATIO
	});
}
;
function typeChange(ctx, emit) {
	const { name, reference: ref, candidate: cand, coerced } = ctx;
	if (ref.type === "empty" || cand.type === "empty") return;
	if (ref.type !== cand.type) {
		emit(`'${name}' changed type: ${ref.type} in the reference, ${cand.type} in the candidate`, {
			referenceType: ref.type,
			candidateType: cand.type
		});
		return;
	}
	if (ref.type === "categorical" && table_isCategoricalColumn(ref) && table_isCategoricalColumn(cand)) {
		const was = textKind(ref);
		if (was === null) return;
		const isKind = was === "numeric" ? isNumberText : isDateText;
		const counts = levelCounts(cand);
		const other = [];
		let otherCount = 0;
		let present = 0;
		for (let i = 0; i < counts.length; i++) {
			if (counts[i] === 0) continue;
			present += counts[i];
			if (!isKind(cand.levels[i])) {
				otherCount += counts[i];
				other.push({
					level: cand.levels[i],
					count: counts[i]
				});
			}
		}
		if (otherCount === 0) return;
		other.sort((a, b) => b.count - a.count);
		const examples = other.slice(0, 3).map((o) => o.level);
		emit(`'${name}': ${was} became text: ${otherCount} of ${present} candidate values (${format_formatShare(otherCount / present)}) are not ${was === "numeric" ? "numbers" : "dates"} (e.g. ${quoteList(examples)}), while every reference value is`, {
			referenceType: was,
			candidateType: "text",
			nonMatching: otherCount,
			candidatePresent: present,
			share: otherCount / present,
			distinctNonMatching: other.length,
			examples: JSON.stringify(examples)
		});
		return;
	}
	if (table_isNumericColumn(ref) && coerced.candidate && !coerced.reference) {
		const { count, examples } = coerced.candidate;
		const was = ref.type === "numeric" ? "numeric" : "datetime";
		const atLeast = coerced.candTruncated ? "at least " : "";
		emit(`'${name}': ${was} became text: ${atLeast}${util_plural(count, "candidate value")} ${count === 1 ? "is" : "are"} not ${was === "numeric" ? "a number" : "a date"} (e.g. ${quoteList(examples)}) and ${count === 1 ? "was" : "were"} counted as missing; the reference has none`, {
			referenceType: was,
			candidateType: "text",
			nonMatching: count,
			countIsLowerBound: coerced.candTruncated ? 1 : 0,
			examples: JSON.stringify(examples)
		});
	}
}
function textKind(column) {
	if (column.levels.length === 0) return null;
	const counts = levelCounts(column);
	let numbers = true;
	let dates = true;
	for (let i = 0; i < counts.length && (numbers || dates); i++) {
		if (counts[i] === 0) continue;
		const level = column.levels[i];
		if (numbers && !isNumberText(level)) numbers = false;
		if (dates && !isDateText(level)) dates = false;
	}
	return numbers ? "numeric" : dates ? "datetime" : null;
}
;
const UNIT_CHANGE_MIN_RATIO = 8;
const UNIT_CHANGE_MIN_SCALE_RATIO = Math.sqrt(UNIT_CHANGE_MIN_RATIO);
const UNIT_CHANGE_MIN_PRESENT = 5;
const UNIT_HINTS = {
	1: "millimetres written as centimetres",
	2: "percentages written as fractions, or centimetres as metres",
	3: "grams written as kilograms",
	[-1]: "centimetres written as millimetres",
	[-2]: "fractions written as percentages, or metres as centimetres",
	[-3]: "kilograms written as grams"
};
function unitChange(ctx, emit) {
	const pair = ctx.numeric();
	if (pair?.reference.type !== "numeric" || pair.candidate.type !== "numeric") return;
	const ref = pair.referenceSummary;
	const cand = pair.candidateSummary;
	if (ref.present < UNIT_CHANGE_MIN_PRESENT || cand.present < UNIT_CHANGE_MIN_PRESENT) return;
	let basis = "median";
	let refLocation = Math.abs(ref.median);
	let candLocation = Math.abs(cand.median);
	if (refLocation === 0 || candLocation === 0) {
		basis = "mean absolute value";
		refLocation = ref.meanAbs;
		candLocation = cand.meanAbs;
	}
	if (!(refLocation > 0 && candLocation > 0)) return;
	const ratio = candLocation / refLocation;
	if (!Number.isFinite(ratio) || ratio === 0) return;
	const up = ratio >= UNIT_CHANGE_MIN_RATIO;
	if (!up && ratio > 1 / UNIT_CHANGE_MIN_RATIO) return;
	const refSpread = ref.q3 - ref.q1;
	const candSpread = cand.q3 - cand.q1;
	let scaleRatio = null;
	if (refSpread > 0 && candSpread > 0) {
		scaleRatio = candSpread / refSpread;
		const agrees = up ? scaleRatio >= UNIT_CHANGE_MIN_SCALE_RATIO : scaleRatio <= 1 / UNIT_CHANGE_MIN_SCALE_RATIO;
		if (!agrees) return;
	}
	const exponent = Math.max(1, Math.round(Math.abs(Math.log10(ratio)))) * (up ? 1 : -1);
	const factor = up ? `x${10 ** exponent}` : `/${10 ** -exponent}`;
	const hint = UNIT_HINTS[exponent];
	const refShown = basis === "median" ? ref.median : ref.meanAbs;
	const candShown = basis === "median" ? cand.median : cand.meanAbs;
	emit(`likely unit error in '${ctx.name}' (${factor}${hint ? `: e.g. ${hint}` : ""}): ${basis} ${format_formatValue(refShown)} in the reference, ${format_formatValue(candShown)} in the candidate (ratio ${format_formatValue(ratio)})`, {
		factor: 10 ** exponent,
		ratio,
		basis,
		reference: refShown,
		candidate: candShown,
		referenceIqr: refSpread,
		candidateIqr: candSpread,
		scaleRatio
	});
}
;
const VANISHED_MIN_EXPECTED = 10;
function vanishedCategories(ctx, emit) {
	if (ctx.has("type-change")) return;
	const pair = ctx.categorical();
	if (!pair || pair.identifierLike || pair.numberLevels) return;
	if (pair.candidateDistinct === 1 && pair.referenceDistinct > 1) return;
	const { reference: ref, referenceCounts, referencePresent, candidateCounts, candidateIndex } = pair;
	const vanished = [];
	let vanishedValues = 0;
	for (let i = 0; i < referenceCounts.length; i++) {
		if (referenceCounts[i] === 0) continue;
		const at = candidateIndex.get(ref.levels[i]);
		if (at !== undefined && candidateCounts[at] > 0) continue;
		const expected = referenceCounts[i] / referencePresent * pair.candidatePresent;
		if (expected < VANISHED_MIN_EXPECTED) continue;
		vanished.push({
			level: ref.levels[i],
			count: referenceCounts[i]
		});
		vanishedValues += referenceCounts[i];
	}
	if (vanished.length === 0) return;
	vanished.sort((a, b) => b.count - a.count);
	const listed = vanished.slice(0, MAX_CATEGORIES_LISTED).map((v) => `'${v.level}' (${format_formatShare(v.count / referencePresent)} of the reference)`);
	const more = vanished.length - listed.length;
	emit(`${util_plural(vanished.length, "category", "categories")} of '${ctx.name}' vanished from the candidate, ${format_formatShare(vanishedValues / referencePresent)} of reference values: ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`, {
		categories: vanished.length,
		referenceCount: vanishedValues,
		referenceShare: vanishedValues / referencePresent,
		top: JSON.stringify(vanished.slice(0, MAX_CATEGORIES_LISTED).map((v) => [v.level, v.count / referencePresent]))
	});
}
;
const QUALITY_CHECKS = {
	schema: {
		id: "schema",
		defaultSeverity: "error",
		finds: "a column missing from the candidate (a new column: warning; a missing target: info)",
		family: "schema"
	},
	"type-change": {
		id: "type-change",
		defaultSeverity: "error",
		finds: "a column's type changed, or its candidate holds text where the reference held numbers or dates",
		family: "column",
		run: typeChange
	},
	"column-order": {
		id: "column-order",
		defaultSeverity: "info",
		finds: "the shared columns are in a different order",
		family: "dataset",
		run: columnOrder
	},
	"missing-values": {
		id: "missing-values",
		defaultSeverity: "warning",
		finds: "a column's share of missing values rose significantly",
		family: "column",
		run: missingValues
	},
	"entirely-missing": {
		id: "entirely-missing",
		defaultSeverity: "error",
		finds: "a column with values in the reference has none in the candidate",
		family: "column",
		run: entirelyMissing
	},
	"new-categories": {
		id: "new-categories",
		defaultSeverity: "warning",
		finds: "candidate categories the reference never had",
		family: "column",
		run: newCategories
	},
	"vanished-categories": {
		id: "vanished-categories",
		defaultSeverity: "warning",
		finds: "reference categories absent from the candidate, unlikely by chance",
		family: "column",
		run: vanishedCategories
	},
	"out-of-range": {
		id: "out-of-range",
		defaultSeverity: "warning",
		finds: "more candidate values outside the reference range than chance allows",
		family: "column",
		run: outOfRange
	},
	"unit-change": {
		id: "unit-change",
		defaultSeverity: "error",
		finds: "a numeric column's location and spread jumped by a power of ten (a likely unit error)",
		family: "column",
		run: unitChange
	},
	"constant-column": {
		id: "constant-column",
		defaultSeverity: "warning",
		finds: "a column that varied in the reference holds one value in the candidate",
		family: "column",
		run: constantColumn
	},
	"row-count": {
		id: "row-count",
		defaultSeverity: "warning",
		finds: "the candidate has less than half the reference rows",
		family: "dataset",
		run: rowCount
	},
	"row-count-growth": {
		id: "row-count-growth",
		defaultSeverity: "info",
		finds: "the candidate has more than twice the reference rows",
		family: "dataset",
		run: rowCountGrowth
	},
	"duplicate-rows": {
		id: "duplicate-rows",
		defaultSeverity: "warning",
		finds: "the share of duplicate rows rose",
		family: "rows"
	},
	"duplicate-keys": {
		id: "duplicate-keys",
		defaultSeverity: "warning",
		finds: "rows repeating an earlier row's `key` value",
		family: "rows"
	},
	"unreadable-images": {
		id: "unreadable-images",
		defaultSeverity: "warning",
		finds: "images that could not be read and were skipped",
		family: "images"
	},
	"null-like-category": {
		id: "null-like-category",
		defaultSeverity: "info",
		finds: "a text column where a missing-value token (`None`, `NA`, ...) is a frequent category",
		family: "column",
		run: nullLikeCategory
	}
};
const QUALITY_CHECK_IDS = Object.keys(QUALITY_CHECKS);
function getQualityCheck(id) {
	return Object.hasOwn(QUALITY_CHECKS, id) ? QUALITY_CHECKS[id] : undefined;
}
const DATASET_CHECK_ORDER = null && [
	"row-count",
	"row-count-growth",
	"column-order"
];
const EVERY_COLUMN = [
	"type-change",
	"entirely-missing",
	"missing-values"
];
const COLUMN_CHECK_ORDER = {
	numeric: [
		...EVERY_COLUMN,
		"unit-change",
		"out-of-range",
		"constant-column"
	],
	categorical: [
		...EVERY_COLUMN,
		"constant-column",
		"out-of-range",
		"new-categories",
		"vanished-categories",
		"null-like-category"
	],
	other: EVERY_COLUMN
};
;
function findingValues(values) {
	const clean = {};
	for (const [key, value] of Object.entries(values)) {
		clean[key] = typeof value === "number" && !Number.isFinite(value) ? null : value;
	}
	return clean;
}
function qualityFinding(check, column, message, values, severity = QUALITY_CHECKS[check].defaultSeverity) {
	return {
		check,
		column,
		severity,
		message,
		values: findingValues(values)
	};
}
;
function hasCells(column) {
	return "values" in column || dictionaryOf(column) !== null;
}
const MISSING_A = 2654435769 | 0;
const MISSING_B = 2135587861 | 0;
function textHash(text) {
	let a = 2166136261 | 0;
	let b = 84696351 | 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 16777619);
		b = Math.imul(b ^ c, 16777619);
		b ^= b >>> 15;
	}
	return [a ^ text.length, fmix(b + text.length) | 0];
}
function fmix(h) {
	h ^= h >>> 16;
	h = Math.imul(h, 2246822507);
	h ^= h >>> 13;
	h = Math.imul(h, 3266489909);
	h ^= h >>> 16;
	return h >>> 0;
}
function mixA(h, k) {
	k = Math.imul(k, 3432918353);
	k = k << 15 | k >>> 17;
	k = Math.imul(k, 461845907);
	h ^= k;
	h = h << 13 | h >>> 19;
	return Math.imul(h, 5) + 3864292196 | 0;
}
function mixB(h, k) {
	k = Math.imul(k, 2246822507);
	k = k << 13 | k >>> 19;
	k = Math.imul(k, 3266489909);
	h ^= k;
	h = h << 17 | h >>> 15;
	return Math.imul(h, 9) + 2135587861 | 0;
}
function numberSource(values) {
	return {
		kind: "number",
		values,
		words: new Int32Array(values.buffer, values.byteOffset, values.length * 2)
	};
}
function shareColumn(reference, candidate) {
	if ("values" in reference && "values" in candidate) {
		return {
			name: reference.name,
			type: reference.type,
			reference: numberSource(reference.values),
			candidate: numberSource(candidate.values),
			levels: []
		};
	}
	const ref = table_dictionaryOf(reference);
	const cand = table_dictionaryOf(candidate);
	if (ref === null || cand === null) return null;
	const levels = [];
	const index = new Map();
	const source = (side) => {
		const unified = new Int32Array(side.levels.length);
		const hashA = new Int32Array(side.levels.length);
		const hashB = new Int32Array(side.levels.length);
		side.levels.forEach((level, i) => {
			let id = index.get(level);
			if (id === undefined) {
				id = levels.length;
				levels.push(level);
				index.set(level, id);
			}
			unified[i] = id;
			[hashA[i], hashB[i]] = textHash(level);
		});
		return {
			kind: "code",
			codes: side.codes,
			unified,
			hashA,
			hashB
		};
	};
	return {
		name: reference.name,
		type: reference.type,
		reference: source(ref),
		candidate: source(cand),
		levels
	};
}
function hashRows(columns, side, rows, lanes = new Int32Array(2 * rows)) {
	for (let from = 0; from < rows; from += HASH_BLOCK_ROWS) {
		const to = Math.min(rows, from + HASH_BLOCK_ROWS);
		for (let row = from; row < to; row++) lanes[2 * row + 1] = 625341585;
		for (const column of columns) {
			const source = column[side];
			if (source.kind === "number") hashNumbers(source.values, source.words, lanes, from, to);
			else hashCodes(source.codes, source.hashA, source.hashB, lanes, from, to);
		}
		for (let row = from; row < to; row++) {
			lanes[2 * row] = fmix(lanes[2 * row] ^ columns.length) | 0;
			lanes[2 * row + 1] = fmix(lanes[2 * row + 1] ^ 1540483477) | 0;
		}
	}
	return lanes;
}
const HASH_BLOCK_ROWS = 8192;
function hashNumbers(values, words, lanes, from, to) {
	for (let row = from; row < to; row++) {
		const value = values[row];
		let lo = MISSING_A;
		let hi = MISSING_B;
		if (value === 0) {
			lo = 0;
			hi = 0;
		} else if (!Number.isNaN(value)) {
			lo = words[2 * row];
			hi = words[2 * row + 1];
		}
		let k = Math.imul(lo ^ Math.imul(hi, 2654435761), 3432918353);
		k = Math.imul(k << 15 | k >>> 17, 461845907);
		let h = lanes[2 * row] ^ k;
		h = h << 13 | h >>> 19;
		lanes[2 * row] = Math.imul(h, 5) + 3864292196;
		h = Math.imul(lanes[2 * row + 1] ^ hi, 16777619);
		lanes[2 * row + 1] = Math.imul((h << 15 | h >>> 17) ^ lo, 739982445);
	}
}
function hashCodes(codes, hashA, hashB, lanes, from, to) {
	for (let row = from; row < to; row++) {
		const code = codes[row];
		lanes[2 * row] = mixA(lanes[2 * row], code < 0 ? MISSING_A : hashA[code]);
		lanes[2 * row + 1] = mixB(lanes[2 * row + 1], code < 0 ? MISSING_B : hashB[code]);
	}
}
function cellEqual(sourceA, rowA, sourceB, rowB) {
	if (sourceA.kind === "number" && sourceB.kind === "number") {
		const x = sourceA.values[rowA];
		const y = sourceB.values[rowB];
		return x === y || Number.isNaN(x) && Number.isNaN(y);
	}
	if (sourceA.kind === "code" && sourceB.kind === "code") {
		const x = sourceA.codes[rowA];
		const y = sourceB.codes[rowB];
		if (x < 0 || y < 0) return x < 0 && y < 0;
		return sourceA.unified[x] === sourceB.unified[y];
	}
	return false;
}
function cellText(column, side, row) {
	const source = column[side];
	if (source.kind === "number") {
		const value = source.values[row];
		if (Number.isNaN(value)) return null;
		if (column.type !== "datetime") return String(value);
		return value % 1e3 === 0 ? format_formatInstant(value) : new Date(value).toISOString().slice(0, 23).replace("T", " ");
	}
	const code = source.codes[row];
	return code < 0 ? null : column.levels[source.unified[code]];
}
function firstCandidateRows(groups, R) {
	const { groupOf, referenceGroups } = groups;
	const first = new Int32Array(referenceGroups).fill(-1);
	for (let global = R; global < groupOf.length; global++) {
		const g = groupOf[global];
		if (g < referenceGroups && first[g] < 0) first[g] = global - R;
	}
	return first;
}
function groupRows(columns, reference, candidate, kept) {
	if (kept) return groupAgainst(referenceGrouping(kept, columns, reference), columns, reference, candidate);
	const R = reference.rows;
	const C = candidate.rows;
	const lanes = new Int32Array(2 * (R + C));
	hashRows(columns, "reference", R, lanes.subarray(0, 2 * R));
	hashRows(columns, "candidate", C, lanes.subarray(2 * R));
	return groupHashed(columns, R, C, lanes);
}
function groupHashed(columns, R, C, lanes, partitionRows = partitionRowsFor(R + C)) {
	const ref = lanes.subarray(0, 2 * R);
	const cand = lanes.subarray(2 * R, 2 * (R + C));
	let firstOf = group(columns, R, C, ref, cand, false, partitionRows).firstOf;
	if (!confirmed(columns, R, C, firstOf)) firstOf = group(columns, R, C, ref, cand, true, partitionRows).firstOf;
	return numbered(firstOf, R, C, lanes);
}
function rowGroupingCache() {
	return {
		byReference: new WeakMap(),
		made: 0
	};
}
function referenceGrouping(kept, columns, reference) {
	let byColumns = kept.byReference.get(reference);
	if (!byColumns) {
		byColumns = new Map();
		kept.byReference.set(reference, byColumns);
	}
	const key = JSON.stringify(columns.map((column) => [column.name, column.reference.kind]));
	const known = byColumns.get(key);
	if (known) return known;
	const R = reference.rows;
	const hashes = hashRows(columns, "reference", R);
	const { firstOf: groupOf, table } = group(columns, R, 0, hashes, NO_LANES, false, Number.POSITIVE_INFINITY);
	const isConfirmed = confirmed(columns, R, 0, groupOf);
	const representative = new Int32Array(firstRows(groupOf, 0, R));
	const groups = numberGroups(groupOf, 0, R, 0, representative);
	const grouping = {
		groupOf,
		groups,
		representative,
		table
	};
	const made = {
		hashes,
		grouping,
		confirmed: isConfirmed,
		referenceCount: counted(groupOf, R, 0, groups, representative).referenceCount
	};
	byColumns.set(key, made);
	kept.made++;
	return made;
}
function groupAgainst(kept, columns, reference, candidate) {
	const R = reference.rows;
	const C = candidate.rows;
	const cand = hashRows(columns, "candidate", C);
	const confirmedAgain = () => numbered(group(columns, R, C, kept.hashes, cand, true, partitionRowsFor(R + C)).firstOf, R, C, null);
	if (!kept.confirmed) return confirmedAgain();
	const referenceGroups = kept.grouping.groups;
	const table = tableWithRoom(kept, R + C);
	const groupOf = new Int32Array(R + C);
	groupOf.set(kept.grouping.groupOf);
	try {
		insertRows(columns, R, kept.hashes, cand, false, table, groupOf, R, R + C, 0, 0);
	} finally {
		for (let at = 0; at < table.length; at += 2) {
			if (table[at] > R) {
				table[at] = 0;
				table[at + 1] = 0;
			}
		}
	}
	if (!confirmed(columns, R, C, groupOf, R)) return confirmedAgain();
	const representative = new Int32Array(referenceGroups + firstRows(groupOf, R, R + C));
	representative.set(kept.grouping.representative);
	numberGroups(groupOf, R, R + C, referenceGroups, representative);
	return counted(groupOf, R, C, referenceGroups, representative, { referenceCount: kept.referenceCount });
}
function tableWithRoom(kept, total) {
	const capacity = capacityFor(total);
	const { grouping, hashes } = kept;
	if (grouping.table.length >= capacity * 2) return grouping.table;
	const table = new Int32Array(capacity * 2);
	const mask = capacity - 1;
	for (let id = 0; id < grouping.groups; id++) {
		const first = grouping.representative[id];
		const a = hashes[2 * first];
		let slot = a & mask;
		while (table[slot * 2] !== 0) slot = slot + 1 & mask;
		table[slot * 2] = first + 1;
		table[slot * 2 + 1] = a;
	}
	kept.grouping = {
		...grouping,
		table
	};
	return table;
}
function capacityFor(total) {
	let capacity = 16;
	while (capacity < 1.5 * total) capacity *= 2;
	return capacity;
}
function partitionRowsFor(total) {
	return Math.max(CACHED_PARTITION_ROWS, Math.ceil(total / MAX_PARTITIONS));
}
const CACHED_PARTITION_ROWS = 1 << 19;
const MAX_PARTITIONS = 8;
const NO_LANES = new Int32Array(0);
function group(columns, R, C, ref, cand, confirm, partitionRows) {
	const total = R + C;
	let partitions = 1;
	while (total > partitions * partitionRows && partitions < 1 << 16) partitions *= 2;
	const partMask = partitions - 1;
	let largest = total;
	if (partitions > 1) {
		const rowsIn = new Int32Array(partitions);
		for (let row = 0; row < R; row++) rowsIn[ref[2 * row + 1] >>> 16 & partMask]++;
		for (let row = 0; row < C; row++) rowsIn[cand[2 * row + 1] >>> 16 & partMask]++;
		largest = Math.max(...rowsIn);
	}
	const table = new Int32Array(capacityFor(largest) * 2);
	const firstOf = new Int32Array(total);
	for (let part = 0; part < partitions; part++) {
		if (part > 0) table.fill(0);
		insertRows(columns, R, ref, cand, confirm, table, firstOf, 0, total, part, partMask);
	}
	return {
		firstOf,
		table
	};
}
function insertRows(columns, R, ref, cand, confirm, table, firstOf, from, to, part, partMask) {
	const mask = table.length / 2 - 1;
	for (let global = from; global < to; global++) {
		const lanes = global < R ? ref : cand;
		const at = global < R ? 2 * global : 2 * (global - R);
		const b = lanes[at + 1];
		if ((b >>> 16 & partMask) !== part) continue;
		const a = lanes[at];
		let slot = a & mask;
		for (;;) {
			const entry = slot * 2;
			const first = table[entry] - 1;
			if (first < 0) {
				table[entry] = global + 1;
				table[entry + 1] = a;
				firstOf[global] = global;
				break;
			}
			if (table[entry + 1] === a && (first < R ? ref[2 * first + 1] : cand[2 * (first - R) + 1]) === b && (!confirm || rowsEqual(columns, R, first, global))) {
				firstOf[global] = first;
				break;
			}
			slot = slot + 1 & mask;
		}
	}
}
function firstRows(firstOf, from, to) {
	let count = 0;
	for (let global = from; global < to; global++) if (firstOf[global] === global) count++;
	return count;
}
function numberGroups(groupOf, from, to, groups, representative) {
	let next = groups;
	for (let global = from; global < to; global++) {
		const first = groupOf[global];
		if (first === global) {
			representative[next] = global;
			groupOf[global] = next++;
		} else groupOf[global] = groupOf[first];
	}
	return next;
}
function numbered(firstOf, R, C, room) {
	const representative = room ?? new Int32Array(firstRows(firstOf, 0, R + C));
	const referenceGroups = numberGroups(firstOf, 0, R, 0, representative);
	const groups = numberGroups(firstOf, R, R + C, referenceGroups, representative);
	return counted(firstOf, R, C, referenceGroups, representative.subarray(0, groups), { room: room?.subarray(groups) });
}
function rowsEqual(columns, R, g1, g2) {
	const s1 = g1 < R ? "reference" : "candidate";
	const s2 = g2 < R ? "reference" : "candidate";
	const r1 = g1 < R ? g1 : g1 - R;
	const r2 = g2 < R ? g2 : g2 - R;
	for (const column of columns) {
		if (!cellEqual(column[s1], r1, column[s2], r2)) return false;
	}
	return true;
}
function confirmed(columns, R, C, firstOf, from = 0) {
	let joined = 0;
	for (let global = from; global < R + C; global++) if (firstOf[global] !== global) joined++;
	if (joined === 0) return true;
	const rows = new Int32Array(joined);
	joined = 0;
	for (let global = from; global < R + C; global++) if (firstOf[global] !== global) rows[joined++] = global;
	for (const column of columns) {
		const ref = column.reference;
		const cand = column.candidate;
		if (ref.kind === "number" && cand.kind === "number") {
			if (!numbersConfirmed(ref.values, cand.values, R, firstOf, rows)) return false;
		} else if (ref.kind === "code" && cand.kind === "code") {
			if (!codesConfirmed(ref, cand, R, firstOf, rows)) return false;
		} else {
			return false;
		}
	}
	return true;
}
function numbersConfirmed(ref, cand, R, firstOf, rows) {
	for (let k = 0; k < rows.length; k++) {
		const global = rows[k];
		const first = firstOf[global];
		const x = global < R ? ref[global] : cand[global - R];
		const y = first < R ? ref[first] : cand[first - R];
		if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
	}
	return true;
}
function codesConfirmed(ref, cand, R, firstOf, rows) {
	const rc = ref.codes;
	const ru = ref.unified;
	const cc = cand.codes;
	const cu = cand.unified;
	for (let k = 0; k < rows.length; k++) {
		const global = rows[k];
		const first = firstOf[global];
		let x = global < R ? rc[global] : cc[global - R];
		if (x >= 0) x = global < R ? ru[x] : cu[x];
		let y = first < R ? rc[first] : cc[first - R];
		if (y >= 0) y = first < R ? ru[y] : cu[y];
		if (x !== y) return false;
	}
	return true;
}
function counted(groupOf, R, C, referenceGroups, representative, given = {}) {
	const { referenceCount: known } = given;
	const room = given.room && given.room.length >= 2 * referenceGroups ? given.room : null;
	const candidateCount = room ? room.subarray(referenceGroups, 2 * referenceGroups).fill(0) : new Int32Array(referenceGroups);
	let referenceCount;
	if (known) referenceCount = known;
	else {
		referenceCount = room ? room.subarray(0, referenceGroups).fill(0) : new Int32Array(referenceGroups);
		for (let row = 0; row < R; row++) referenceCount[groupOf[row]]++;
	}
	let candidateOnlyRows = 0;
	for (let global = R; global < R + C; global++) {
		const g = groupOf[global];
		if (g < referenceGroups) candidateCount[g]++;
		else candidateOnlyRows++;
	}
	return {
		groupOf,
		groups: representative.length,
		referenceGroups,
		representative,
		referenceCount,
		candidateCount,
		candidateOnlyRows
	};
}
;
const DUPLICATE_ROWS_MIN_SHARE_INCREASE = .01;
const DUPLICATE_ROWS_MIN_EXTRA = 5;
const MAX_DIFF_EXAMPLES = 5;
const MAX_EXAMPLE_LENGTH = 40;
const MAX_CHANGED_CELLS = 5;
const MAX_LABEL_FLIPS = 10;
const MISSING_TEXT = "(missing)";
function rowChecks(reference, candidate, plan = {
	key: null,
	target: null
}, kept) {
	const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
	const key = [...new Set(plan.key ?? [])];
	const target = plan.target;
	const compared = [];
	const uncompared = [];
	for (const ref of reference.columns) {
		const cand = candByName.get(ref.name);
		if (!cand) continue;
		if (ref.type === "empty" && cand.type === "empty") continue;
		const shared = shareColumn(ref, cand);
		if (shared) compared.push(shared);
		else uncompared.push(ref.name);
	}
	const findings = [];
	if (compared.length === 0) return {
		findings,
		diff: null
	};
	const add = (check, message, values) => {
		findings.push(qualityFinding(check, null, message, values));
	};
	const whole = wholeRecords(compared, reference, candidate, kept);
	let duplicateRows = null;
	if (uncompared.length === 0) {
		duplicateRows = whole.duplicates;
		duplicateRowsFinding(duplicateRows, reference.rows, candidate.rows, add);
	}
	const base = {
		target,
		duplicateRows,
		comparedColumns: compared.length,
		uncomparedColumns: uncompared
	};
	if (key.length === 0) {
		const diff = {
			keyed: false,
			key: [],
			added: whole.added,
			removed: whole.removed,
			changed: 0,
			unchanged: whole.unchanged,
			examples: {
				added: [],
				removed: [],
				changed: []
			},
			changedRows: [],
			changedColumns: [],
			labelFlips: [],
			duplicateKeys: {
				reference: 0,
				candidate: 0
			},
			...base
		};
		return {
			findings,
			diff
		};
	}
	const keyColumns = key.map((name) => compared.find((c) => c.name === name));
	const keyed = keyedDiff(compared, keyColumns, target, reference, candidate, kept);
	const dup = keyed.duplicateKeys;
	if (dup.reference > 0 || dup.candidate > 0) {
		const where = [dup.candidate > 0 ? `${util_plural(dup.candidate, "candidate row")}` : "", dup.reference > 0 ? `${util_plural(dup.reference, "reference row")}` : ""].filter((s) => s !== "");
		add("duplicate-keys", `the key (${key.map((k) => `'${k}'`).join(", ")}) repeats an earlier row's value on ${where.join(" and ")}; the diff matches each key by its first row`, {
			key: key.join(","),
			referenceDuplicates: dup.reference,
			candidateDuplicates: dup.candidate
		});
	}
	return {
		findings,
		diff: {
			...keyed,
			...base
		}
	};
}
function wholeRecords(compared, reference, candidate, kept) {
	const groups = groupRows(compared, reference, candidate, kept);
	let added = groups.candidateOnlyRows;
	let removed = 0;
	let unchanged = 0;
	for (let g = 0; g < groups.referenceGroups; g++) {
		const r = groups.referenceCount[g];
		const c = groups.candidateCount[g];
		if (c > r) added += c - r;
		else removed += r - c;
		unchanged += Math.min(r, c);
	}
	return {
		duplicates: duplicatesOf(groups, reference.rows, candidate.rows),
		added,
		removed,
		unchanged
	};
}
function duplicatesOf(groups, referenceRows, candidateRows) {
	let candidateGroups = groups.groups - groups.referenceGroups;
	for (let g = 0; g < groups.referenceGroups; g++) {
		if (groups.candidateCount[g] > 0) candidateGroups++;
	}
	return {
		reference: referenceRows - groups.referenceGroups,
		candidate: candidateRows - candidateGroups
	};
}
function duplicateRowsFinding(duplicates, referenceRows, candidateRows, add) {
	if (candidateRows === 0) return;
	const referenceShare = referenceRows === 0 ? 0 : duplicates.reference / referenceRows;
	const candidateShare = duplicates.candidate / candidateRows;
	const extra = duplicates.candidate - referenceShare * candidateRows;
	if (candidateShare - referenceShare < DUPLICATE_ROWS_MIN_SHARE_INCREASE) return;
	if (extra < DUPLICATE_ROWS_MIN_EXTRA) return;
	add("duplicate-rows", `duplicate rows rose from ${format_formatShare(referenceShare)} of the reference (${duplicates.reference} of ${referenceRows}) to ${format_formatShare(candidateShare)} of the candidate (${duplicates.candidate} of ${candidateRows})`, {
		referenceDuplicates: duplicates.reference,
		referenceRows,
		referenceShare,
		candidateDuplicates: duplicates.candidate,
		candidateRows,
		candidateShare,
		minShareIncrease: DUPLICATE_ROWS_MIN_SHARE_INCREASE,
		minExtra: DUPLICATE_ROWS_MIN_EXTRA
	});
}
function clipText(text) {
	if (text.length <= MAX_EXAMPLE_LENGTH) return text;
	const points = Array.from(text);
	return points.length <= MAX_EXAMPLE_LENGTH ? text : `${points.slice(0, MAX_EXAMPLE_LENGTH - 1).join("")}\u2026`;
}
function keyValues(keyColumns, side, row) {
	return keyColumns.map((column) => clipText(cellText(column, side, row) ?? MISSING_TEXT));
}
function keyedDiff(compared, keyColumns, target, reference, candidate, kept) {
	const R = reference.rows;
	const C = candidate.rows;
	const groups = groupRows(keyColumns, reference, candidate, kept);
	const { groupOf, referenceGroups, representative } = groups;
	const firstCandidate = firstCandidateRows(groups, R);
	const examples = {
		added: [],
		removed: [],
		changed: []
	};
	let added = 0;
	let removed = 0;
	const pairReference = new Int32Array(Math.min(R, C));
	const pairCandidate = new Int32Array(Math.min(R, C));
	let pairs = 0;
	for (let row = 0; row < C; row++) {
		const g = groupOf[R + row];
		if (g >= referenceGroups) {
			if (representative[g] !== R + row) continue;
			added++;
			if (examples.added.length < MAX_DIFF_EXAMPLES) examples.added.push(keyValues(keyColumns, "candidate", row));
		} else if (firstCandidate[g] === row) {
			pairReference[pairs] = representative[g];
			pairCandidate[pairs] = row;
			pairs++;
		}
	}
	for (let g = 0; g < referenceGroups; g++) {
		if (firstCandidate[g] >= 0) continue;
		removed++;
		if (examples.removed.length < MAX_DIFF_EXAMPLES) examples.removed.push(keyValues(keyColumns, "reference", representative[g]));
	}
	const keyNames = new Set(keyColumns.map((c) => c.name));
	const changedFlag = new Uint8Array(pairs);
	const changedColumns = [];
	let targetColumn = null;
	for (const column of compared) {
		if (keyNames.has(column.name)) continue;
		if (column.name === target) targetColumn = column;
		const count = markChanged(column, pairReference, pairCandidate, pairs, changedFlag);
		if (count > 0) changedColumns.push({
			column: column.name,
			rows: count
		});
	}
	changedColumns.sort((x, y) => y.rows - x.rows);
	let changed = 0;
	const changedRows = [];
	const valueColumns = compared.filter((column) => !keyNames.has(column.name));
	for (let p = 0; p < pairs; p++) {
		if (changedFlag[p] === 0) continue;
		changed++;
		if (examples.changed.length < MAX_DIFF_EXAMPLES) {
			const key = keyValues(keyColumns, "candidate", pairCandidate[p]);
			examples.changed.push(key);
			changedRows.push({
				key,
				...changedCells(valueColumns, pairReference[p], pairCandidate[p])
			});
		}
	}
	return {
		keyed: true,
		key: keyColumns.map((c) => c.name),
		added,
		removed,
		changed,
		unchanged: pairs - changed,
		examples,
		changedRows,
		changedColumns,
		labelFlips: targetColumn ? labelFlips(targetColumn, pairReference, pairCandidate, pairs) : [],
		duplicateKeys: duplicatesOf(groups, R, C)
	};
}
function changedCells(columns, referenceRow, candidateRow) {
	const cells = [];
	let moreColumns = 0;
	for (const column of columns) {
		if (cellEqual(column.reference, referenceRow, column.candidate, candidateRow)) continue;
		if (cells.length === MAX_CHANGED_CELLS) {
			moreColumns++;
			continue;
		}
		cells.push({
			column: column.name,
			reference: clipText(cellText(column, "reference", referenceRow) ?? MISSING_TEXT),
			candidate: clipText(cellText(column, "candidate", candidateRow) ?? MISSING_TEXT)
		});
	}
	return {
		cells,
		moreColumns
	};
}
function markChanged(column, pairReference, pairCandidate, pairs, changedFlag) {
	const { reference: a, candidate: b } = column;
	let count = 0;
	if (a.kind === "number" && b.kind === "number") {
		const x = a.values;
		const y = b.values;
		for (let p = 0; p < pairs; p++) {
			const u = x[pairReference[p]];
			const v = y[pairCandidate[p]];
			if (u !== v && !(Number.isNaN(u) && Number.isNaN(v))) {
				changedFlag[p] = 1;
				count++;
			}
		}
	} else if (a.kind === "code" && b.kind === "code") {
		const { codes: xc, unified: xu } = a;
		const { codes: yc, unified: yu } = b;
		for (let p = 0; p < pairs; p++) {
			let u = xc[pairReference[p]];
			if (u >= 0) u = xu[u];
			let v = yc[pairCandidate[p]];
			if (v >= 0) v = yu[v];
			if (u !== v) {
				changedFlag[p] = 1;
				count++;
			}
		}
	} else {
		for (let p = 0; p < pairs; p++) {
			if (!cellEqual(a, pairReference[p], b, pairCandidate[p])) {
				changedFlag[p] = 1;
				count++;
			}
		}
	}
	return count;
}
function labelFlips(column, pairReference, pairCandidate, pairs) {
	const { reference: a, candidate: b } = column;
	const comparable = (source, row) => {
		if (source.kind === "number") return source.values[row];
		const code = source.codes[row];
		return code < 0 ? -1 : source.unified[code];
	};
	const counts = new Map();
	for (let p = 0; p < pairs; p++) {
		const r = pairReference[p];
		const c = pairCandidate[p];
		if (cellEqual(a, r, b, c)) continue;
		const from = comparable(a, r);
		const to = comparable(b, c);
		let inner = counts.get(from);
		if (!inner) {
			inner = new Map();
			counts.set(from, inner);
		}
		const entry = inner.get(to);
		if (entry) entry.count++;
		else inner.set(to, {
			count: 1,
			p
		});
	}
	const all = [];
	for (const inner of counts.values()) for (const entry of inner.values()) all.push(entry);
	all.sort((x, y) => y.count - x.count || x.p - y.p);
	return all.slice(0, MAX_LABEL_FLIPS).map(({ count, p }) => ({
		from: clipText(cellText(column, "reference", pairReference[p]) ?? MISSING_TEXT),
		to: clipText(cellText(column, "candidate", pairCandidate[p]) ?? MISSING_TEXT),
		count
	}));
}
var matrix = __nccwpck_require__(3076);
;
const AbstractMatrix = matrix.y3;
const CHO = matrix.jy;
const CholeskyDecomposition = matrix.oN;
const DistanceMatrix = matrix.Hc;
const EVD = matrix.cg;
const EigenvalueDecomposition = matrix.hj;
const LU = matrix.LU;
const LuDecomposition = matrix.Tb;
const Matrix = matrix.uq;
const MatrixColumnSelectionView = matrix.Zm;
const MatrixColumnView = matrix.Dq;
const MatrixFlipColumnView = matrix.__;
const MatrixFlipRowView = matrix.q0;
const MatrixRowSelectionView = matrix.lh;
const MatrixRowView = matrix.pI;
const MatrixSelectionView = matrix.zC;
const MatrixSubView = matrix.zg;
const MatrixTransposeView = matrix.g6;
const NIPALS = matrix.OL;
const Nipals = matrix.ks;
const QR = matrix.QR;
const QrDecomposition = matrix.jp;
const SVD = matrix.mk;
const SingularValueDecomposition = matrix.W2;
const SymmetricMatrix = matrix.l;
const WrapperMatrix1D = matrix.KY;
const WrapperMatrix2D = matrix.dv;
const correlation = matrix.BR;
const covariance = matrix.Wu;
const ml_matrix_matrix = matrix.uq ? matrix.uq : matrix.uq;
const determinant = matrix.a4;
const inverse = matrix.DI;
const linearDependencies = matrix.Jo;
const pseudoInverse = matrix.Zi;
const solve = matrix.kH;
const wrap = matrix.LV;
;
function fitPca(data, rows, dimensions, options) {
	const d = dimensions;
	if (rows < 2 || d < 1 || data.length < rows * d) throw new RangeError("fitPca needs at least 2 rows");
	const mean = new Float64Array(d);
	for (let r = 0; r < rows; r++) {
		const base = r * d;
		for (let j = 0; j < d; j++) mean[j] += data[base + j];
	}
	for (let j = 0; j < d; j++) mean[j] /= rows;
	let values;
	let vectors;
	if (rows >= d) {
		({values, vectors} = covarianceEigen(data, rows, d, mean));
	} else {
		({values, vectors} = gramEigen(data, rows, d, mean));
	}
	const totalVariance = values.reduce((sum, value) => sum + Math.max(0, value), 0);
	const limit = Math.max(0, Math.min(options.maxComponents ?? d - 1, values.length));
	let count = 0;
	let kept = 0;
	while (count < limit && totalVariance > 0 && values[count] > totalVariance * 1e-12) {
		kept += values[count];
		count++;
		if (kept >= options.varianceShare * totalVariance) break;
	}
	const components = new Float64Array(count * d);
	for (let c = 0; c < count; c++) components.set(vectors[c], c * d);
	return {
		dimensions: d,
		mean,
		count,
		components,
		variances: values.slice(0, count),
		totalVariance,
		explainedVariance: totalVariance > 0 ? kept / totalVariance : 0,
		rows
	};
}
function reconstructionErrors(model, data, rows, squaresByDimension) {
	const d = model.dimensions;
	const k = model.count;
	const { mean, components } = model;
	const errors = new Float64Array(rows);
	const residual = new Float64Array(d);
	for (let r = 0; r < rows; r++) {
		const base = r * d;
		for (let j = 0; j < d; j++) residual[j] = data[base + j] - mean[j];
		for (let c = 0; c < k; c++) {
			const offset = c * d;
			let projection = 0;
			for (let j = 0; j < d; j++) projection += components[offset + j] * residual[j];
			for (let j = 0; j < d; j++) residual[j] -= projection * components[offset + j];
		}
		let sum = 0;
		for (let j = 0; j < d; j++) sum += residual[j] * residual[j];
		errors[r] = Math.sqrt(sum);
		if (squaresByDimension) for (let j = 0; j < d; j++) squaresByDimension[j] += residual[j] * residual[j];
	}
	return errors;
}
function covarianceEigen(data, rows, d, mean) {
	const scatter = new Float64Array(d * d);
	for (let r = 0; r < rows; r++) {
		const base = r * d;
		for (let i = 0; i < d; i++) {
			const xi = data[base + i];
			if (xi === 0) continue;
			const rowOffset = i * d;
			for (let j = i; j < d; j++) scatter[rowOffset + j] += xi * data[base + j];
		}
	}
	const covariance = new Matrix(d, d);
	for (let i = 0; i < d; i++) {
		for (let j = i; j < d; j++) {
			const value = (scatter[i * d + j] - rows * mean[i] * mean[j]) / (rows - 1);
			covariance.set(i, j, value);
			covariance.set(j, i, value);
		}
	}
	const evd = new EigenvalueDecomposition(covariance, { assumeSymmetric: true });
	const eigenvalues = evd.realEigenvalues;
	const eigenvectors = evd.eigenvectorMatrix;
	const order = eigenvalues.map((_, index) => index).sort((a, b) => eigenvalues[b] - eigenvalues[a]);
	return {
		values: order.map((index) => eigenvalues[index]),
		vectors: order.map((index) => Float64Array.from(eigenvectors.getColumn(index)))
	};
}
function gramEigen(data, rows, d, mean) {
	const centred = new Float64Array(rows * d);
	for (let r = 0; r < rows; r++) {
		const base = r * d;
		for (let j = 0; j < d; j++) centred[base + j] = data[base + j] - mean[j];
	}
	const gram = new Matrix(rows, rows);
	for (let a = 0; a < rows; a++) {
		const baseA = a * d;
		for (let b = a; b < rows; b++) {
			const baseB = b * d;
			let sum = 0;
			for (let j = 0; j < d; j++) sum += centred[baseA + j] * centred[baseB + j];
			gram.set(a, b, sum);
			gram.set(b, a, sum);
		}
	}
	const evd = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
	const eigenvalues = evd.realEigenvalues;
	const eigenvectors = evd.eigenvectorMatrix;
	const order = eigenvalues.map((_, index) => index).sort((a, b) => eigenvalues[b] - eigenvalues[a]);
	const values = [];
	const vectors = [];
	for (const index of order) {
		const lambda = eigenvalues[index];
		values.push(Math.max(0, lambda) / (rows - 1));
		const u = new Float64Array(d);
		if (lambda > 0) {
			const v = eigenvectors.getColumn(index);
			for (let r = 0; r < rows; r++) {
				const weight = v[r];
				if (weight === 0) continue;
				const base = r * d;
				for (let j = 0; j < d; j++) u[j] += weight * centred[base + j];
			}
			let norm = 0;
			for (let j = 0; j < d; j++) norm += u[j] * u[j];
			norm = Math.sqrt(norm);
			if (norm > 0) for (let j = 0; j < d; j++) u[j] /= norm;
		}
		vectors.push(u);
	}
	return {
		values,
		vectors
	};
}
;
const DEFAULT_VARIANCE_SHARE = .65;
const DEFAULT_TRAIN_SHARE = .7;
const DEFAULT_BAND_SIGMAS = 3;
const DEFAULT_MIN_INCREASE = .1;
const DEFAULT_SEED = 20240601;
function resolveMethodOptions(options, what) {
	const resolved = {
		varianceShare: options.varianceShare ?? DEFAULT_VARIANCE_SHARE,
		trainShare: options.trainShare ?? DEFAULT_TRAIN_SHARE,
		seed: options.seed ?? DEFAULT_SEED,
		minIncrease: options.minIncrease ?? DEFAULT_MIN_INCREASE,
		bandSigmas: options.bandSigmas ?? DEFAULT_BAND_SIGMAS
	};
	const check = (name, value, high, lowInclusive) => {
		const ok = Number.isFinite(value) && (lowInclusive ? value >= 0 : value > 0) && value < high;
		if (!ok) {
			const range = high === Number.POSITIVE_INFINITY ? ">= 0" : "between 0 and 1 (exclusive)";
			throw new errors_UserInputError(`${what} ${name} must be a number ${range}, got ${value}`);
		}
	};
	check("varianceShare", resolved.varianceShare, 1, false);
	check("trainShare", resolved.trainShare, 1, false);
	check("minIncrease", resolved.minIncrease, Number.POSITIVE_INFINITY, true);
	check("bandSigmas", resolved.bandSigmas, Number.POSITIVE_INFINITY, true);
	return resolved;
}
function maxFitRows(dimensions) {
	return Math.max(2e3, Math.floor(3e9 / (dimensions * dimensions)));
}
function fitReconstruction(training, heldOut, dimensions, options) {
	const d = dimensions;
	const trainingRows = training.length / d;
	const fitCap = options.maxFitRows ?? maxFitRows(d);
	const fitRows = Math.min(trainingRows, fitCap);
	const fitData = fitRows === trainingRows ? training : strideRows(training, trainingRows, d, fitRows);
	const model = fitPca(fitData, fitRows, d, { varianceShare: options.varianceShare });
	const { baseline, errors } = heldOutBaseline(model, heldOut);
	return {
		model,
		fitRows,
		heldOutErrors: errors,
		baseline
	};
}
function reconstructionDrift(training, heldOut, candidate, dimensions, options) {
	return compareReconstruction(fitReconstruction(training, heldOut, dimensions, options), candidate, options);
}
function compareReconstruction(fitted, candidate, options) {
	const outcome = compareWithBaseline(fitted.model, fitted.fitRows, fitted.baseline, candidate, options);
	return {
		...outcome,
		heldOutErrors: fitted.heldOutErrors
	};
}
function heldOutBaseline(model, heldOut) {
	const d = model.dimensions;
	const squares = new Float64Array(d);
	const errors = reconstructionErrors(model, heldOut, heldOut.length / d, squares);
	const n = errors.length;
	const meanError = reconstruction_mean(errors);
	let sum = 0;
	for (let i = 0; i < n; i++) sum += (errors[i] - meanError) ** 2;
	return {
		baseline: {
			rows: n,
			meanError,
			errorVariance: n > 0 ? sum / n : 0,
			squaresByDimension: squares.map((square) => n > 0 ? square / n : 0)
		},
		errors
	};
}
function compareWithBaseline(model, fitRows, baseline, candidate, options) {
	const d = model.dimensions;
	const candidateSquares = new Float64Array(d);
	const candidateErrors = reconstructionErrors(model, candidate, candidate.length / d, candidateSquares);
	const increaseByDimension = new Float64Array(d);
	for (let j = 0; j < d; j++) {
		const candidateMean = candidateErrors.length > 0 ? candidateSquares[j] / candidateErrors.length : 0;
		increaseByDimension[j] = candidateMean - baseline.squaresByDimension[j];
	}
	const baselineMeanError = baseline.meanError;
	const candidateMeanError = reconstruction_mean(candidateErrors);
	const standardError = bootstrapStandardError(baseline, candidateErrors.length);
	const bandUpper = baselineMeanError + options.bandSigmas * standardError;
	const relativeIncrease = baselineMeanError > 0 ? (candidateMeanError - baselineMeanError) / baselineMeanError : null;
	const aboveBand = candidateMeanError > bandUpper;
	const drift = aboveBand && (relativeIncrease === null ? candidateMeanError > 0 : relativeIncrease >= options.minIncrease);
	return {
		dimensions: d,
		components: model.count,
		explainedVariance: model.explainedVariance,
		fitRows,
		heldOutRows: baseline.rows,
		candidateRows: candidateErrors.length,
		baselineMeanError,
		standardError,
		bandUpper,
		bandSigmas: options.bandSigmas,
		candidateMeanError,
		relativeIncrease,
		relativeIncreasePercent: relativeIncrease === null ? null : Math.round(relativeIncrease * 1e3) / 10,
		minIncrease: options.minIncrease,
		aboveBand,
		drift,
		outcome: drift ? "fail" : aboveBand ? "warn" : "pass",
		model,
		candidateErrors,
		increaseByDimension
	};
}
function shareOfIncrease(increaseByDimension) {
	let total = 0;
	for (const increase of increaseByDimension) if (increase > 0) total += increase;
	return Float64Array.from(increaseByDimension, (increase) => total > 0 && increase > 0 ? increase / total : 0);
}
function summarise(outcome) {
	const { model: _model, candidateErrors: _candidate, heldOutErrors: _heldOut, increaseByDimension: _increase, ...summary } = outcome;
	return summary;
}
function explainReconstruction(summary, what, space, conclusion = "the joint structure of the data changed", noDrift = "no drift") {
	const percent = summary.relativeIncreasePercent;
	const change = percent === null ? "from a zero baseline" : format_formatSignedPercent(percent);
	const numbers = `mean reconstruction error ${format_formatError(summary.candidateMeanError)} vs ${format_formatError(summary.baselineMeanError)} on held-out ` + `reference ${what} (${change}; band up to ${format_formatError(summary.bandUpper)})`;
	const model = `a ${summary.components}-component PCA of ${space} (${format_formatRoundPercent(summary.explainedVariance)} of the variance)`;
	if (summary.drift) {
		return `Candidate ${what} are reconstructed worse than the reference by ${model}: ${numbers}; ${conclusion}.`;
	}
	if (summary.aboveBand) {
		return `Candidate ${what} are reconstructed slightly worse by ${model}: ${numbers}, above the band but below the ` + `minimum increase of ${format_formatRoundPercent(summary.minIncrease)}: a warning, not drift.`;
	}
	return `Candidate ${what} are reconstructed as well as the reference by ${model}: ${numbers}: ${noDrift}.`;
}
function reconstruction_mean(values) {
	let sum = 0;
	for (const value of values) sum += value;
	return values.length > 0 ? sum / values.length : 0;
}
function bootstrapStandardError(baseline, candidateRows) {
	const n = baseline.rows;
	if (n < 2 || candidateRows < 1) return 0;
	const variance = baseline.errorVariance;
	return Math.sqrt(variance / candidateRows + variance / n);
}
function strideRows(data, rows, d, count) {
	const out = new Float64Array(count * d);
	for (let i = 0; i < count; i++) {
		const row = Math.floor(i * rows / count);
		out.set(data.subarray(row * d, row * d + d), i * d);
	}
	return out;
}
;
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
function shuffledIndices(n, random) {
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const swap = order[i];
		order[i] = order[j];
		order[j] = swap;
	}
	return order;
}
function subsampleIndices(n, max, seed) {
	if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
	const random = seededRandom(seed);
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	for (let i = n - 1; i >= max; i--) order[Math.floor(random() * (i + 1))] = order[i];
	return order.slice(0, max).sort();
}
function splitIndices(n, trainShare, seed) {
	const order = shuffledIndices(n, seededRandom(seed));
	const cut = Math.min(n - 1, Math.max(1, Math.round(n * trainShare)));
	return {
		training: order.slice(0, cut).sort(),
		heldOut: order.slice(cut).sort()
	};
}
;
const DEFAULT_MAX_ROWS = 5e4;
const MIN_REFERENCE_ROWS = 50;
const MIN_CANDIDATE_ROWS = 10;
const STANDARDISED_BOUND = 10;
const MAD_TO_SD = 1.4826;
function multivariateCache() {
	return {
		byReference: new WeakMap(),
		made: 0
	};
}
function keptFor(kept, reference, key, make) {
	if (!kept) return make();
	let known = kept.byReference.get(reference);
	if (!known) {
		known = new Map();
		kept.byReference.set(reference, known);
	}
	if (known.has(key)) return known.get(key);
	const made = make();
	known.set(key, made);
	kept.made++;
	return made;
}
function multivariateDrift(reference, candidate, options = {}, kept) {
	const { varianceShare, trainShare, seed, minIncrease, bandSigmas } = resolveMethodOptions(options, "multivariate");
	const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
	if (!Number.isInteger(maxRows) || maxRows < MIN_REFERENCE_ROWS) {
		throw new errors_UserInputError(`multivariate maxRows must be an integer >= ${MIN_REFERENCE_ROWS}, got ${maxRows}`);
	}
	const sampleKey = JSON.stringify([
		"sample",
		maxRows,
		trainShare,
		seed
	]);
	const sample = keptFor(kept, reference, sampleKey, () => {
		const referenceIndex = subsampleIndices(reference.rows, maxRows, seed);
		const split = splitIndices(referenceIndex.length, trainShare, seed ^ 2654435769);
		return {
			used: referenceIndex.length,
			training: split.training.map((i) => referenceIndex[i]),
			heldOut: split.heldOut.map((i) => referenceIndex[i])
		};
	});
	const candidateIndex = subsampleIndices(candidate.rows, maxRows, seed + 1);
	const rows = rowsUsed(reference.rows, candidate.rows, sample.used, candidateIndex.length, maxRows);
	const { pairs, excluded } = selectColumns(reference, candidate, options.columns);
	const encoders = [];
	for (const [ref, cand] of pairs) {
		const key = JSON.stringify([
			"encoder",
			sampleKey,
			ref.name
		]);
		const fitted = keptFor(kept, reference, key, () => fitReferenceEncoder(ref, sample.training));
		if (typeof fitted === "string") excluded.push({
			name: ref.name,
			reason: fitted
		});
		else encoders.push(withCandidate(fitted, cand));
	}
	const common = {
		columns: encoders.map((encoder) => encoder.name),
		excludedColumns: excluded,
		rows,
		varianceShare,
		trainShare,
		seed
	};
	const skip = (reason) => ({
		...common,
		status: "skipped",
		reason,
		drift: false,
		outcome: "pass",
		explanation: multivariateSkippedText(reason)
	});
	if (encoders.length < 2) {
		return skip(`it needs at least 2 usable columns (numeric, categorical or boolean, varying in the reference), found ${encoders.length}`);
	}
	if (reference.rows < MIN_REFERENCE_ROWS) {
		return skip(`it needs at least ${MIN_REFERENCE_ROWS} reference rows, found ${reference.rows}`);
	}
	if (candidate.rows < MIN_CANDIDATE_ROWS) {
		return skip(`it needs at least ${MIN_CANDIDATE_ROWS} candidate rows, found ${candidate.rows}`);
	}
	const rowsKey = JSON.stringify([
		"rows",
		sampleKey,
		common.columns,
		varianceShare
	]);
	const referenceRows = keptFor(kept, reference, rowsKey, () => {
		const training = encodeRows(encoders, sample.training, "reference");
		const heldOut = encodeRows(encoders, sample.heldOut, "reference");
		let fitted = null;
		return {
			training,
			heldOut,
			finite: allFinite(training) && allFinite(heldOut),
			fitted: () => {
				fitted ??= fitReconstruction(training, heldOut, encoders.length, { varianceShare });
				return fitted;
			}
		};
	});
	const candidateRows = encodeRows(encoders, candidateIndex, "candidate");
	if (!referenceRows.finite || !allFinite(candidateRows)) {
		return skip("values lie too far outside the reference range to standardise (they overflow, e.g. near \u00B11e308)");
	}
	const outcome = compareReconstruction(referenceRows.fitted(), candidateRows, {
		bandSigmas,
		minIncrease
	});
	const summary = summarise(outcome);
	if (!numbersFinite(summary)) {
		return skip("the reconstruction error overflowed (values near \u00B11e308); it cannot be computed");
	}
	const contributions = columnContributions(common.columns, shareOfIncrease(outcome.increaseByDimension));
	let explanation = explainReconstruction(summary, "rows", `${encoders.length} columns`, multivariateConclusionText(contributions));
	if (rows.note) explanation += ` ${rows.note}`;
	return {
		...common,
		...summary,
		contributions,
		status: "ok",
		explanation
	};
}
function columnContributions(columns, shares) {
	return columns.map((column, j) => ({
		column,
		share: shares[j]
	})).sort((a, b) => b.share - a.share);
}
function rowsUsed(referenceRows, candidateRows, referenceUsed, candidateUsed, maxRows) {
	const subsampled = referenceUsed < referenceRows || candidateUsed < candidateRows;
	const parts = [];
	if (referenceUsed < referenceRows) parts.push(`${referenceUsed} of ${referenceRows} reference rows`);
	if (candidateUsed < candidateRows) parts.push(`${candidateUsed} of ${candidateRows} candidate rows`);
	return {
		referenceRows,
		candidateRows,
		referenceUsed,
		candidateUsed,
		subsampled,
		note: subsampled ? `Used a seeded random sample of ${parts.join(" and ")} (at most ${maxRows} per side).` : null
	};
}
function selectColumns(reference, candidate, wanted) {
	const candidateByName = new Map(candidate.columns.map((column) => [column.name, column]));
	const referenceByName = new Map(reference.columns.map((column) => [column.name, column]));
	if (wanted) {
		for (const name of wanted) {
			if (!referenceByName.has(name)) throw new errors_UserInputError(`multivariate column "${name}" is not in the reference`);
			if (!candidateByName.has(name)) throw new errors_UserInputError(`multivariate column "${name}" is not in the candidate`);
		}
	}
	const chosen = wanted ? new Set(wanted) : null;
	const pairs = [];
	const excluded = [];
	for (const ref of reference.columns) {
		if (chosen && !chosen.has(ref.name)) continue;
		const cand = candidateByName.get(ref.name);
		if (!cand) {
			excluded.push({
				name: ref.name,
				reason: "not in the candidate"
			});
			continue;
		}
		const reason = unusable(ref, cand, chosen !== null);
		if (reason) excluded.push({
			name: ref.name,
			reason
		});
		else pairs.push([ref, cand]);
	}
	return {
		pairs,
		excluded
	};
}
function unusable(ref, cand, named) {
	if (ref.type === "identifier" || ref.type === "empty") return `${ref.type} column`;
	if (cand.type === "identifier" || cand.type === "empty") return `${cand.type} column in the candidate`;
	if (ref.type === "datetime" && !named) {
		return "datetime column (new data is expected to be later; name it in columns to include it)";
	}
	if (table_isNumericColumn(ref) !== table_isNumericColumn(cand)) return "numeric on one side, categorical on the other";
	return null;
}
function allFinite(values) {
	for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
	return true;
}
function numbersFinite(value) {
	if (typeof value === "number") return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(numbersFinite);
	if (typeof value === "object" && value !== null) return Object.values(value).every(numbersFinite);
	return true;
}
function fitScaled(raw, training) {
	let unit = 0;
	for (const row of training) unit = Math.max(unit, Math.abs(raw(row)));
	if (!Number.isFinite(unit)) return "infinite values in the reference training rows";
	let sum = 0;
	for (const row of training) sum += raw(row) / unit;
	const center = sum / training.length;
	let squares = 0;
	for (const row of training) squares += (raw(row) / unit - center) ** 2;
	return {
		unit,
		center,
		scale: Math.sqrt(squares / Math.max(1, training.length - 1))
	};
}
function fitReferenceEncoder(ref, training) {
	let params;
	let raw;
	const values = new Float64Array(training.length);
	if (table_isNumericColumn(ref)) {
		let sum = 0;
		let present = 0;
		for (let k = 0; k < training.length; k++) {
			const value = ref.values[training[k]];
			values[k] = value;
			if (Number.isNaN(value)) continue;
			sum += value;
			present++;
		}
		if (present === 0) return "no values in the reference training rows";
		const fill = sum / present;
		params = {
			kind: "numeric",
			fill
		};
		raw = (row) => {
			const value = ref.values[row];
			return Number.isNaN(value) ? fill : value;
		};
		for (let k = 0; k < values.length; k++) if (Number.isNaN(values[k])) values[k] = fill;
	} else {
		const counts = new Float64Array(ref.levels.length);
		const codes = new Int32Array(training.length);
		let present = 0;
		for (let k = 0; k < training.length; k++) {
			const code = ref.codes[training[k]];
			codes[k] = code;
			if (code < 0) continue;
			counts[code]++;
			present++;
		}
		if (present === 0) return "no values in the reference training rows";
		let mode = 0;
		for (let code = 1; code < counts.length; code++) if (counts[code] > counts[mode]) mode = code;
		const shares = counts.map((count) => count / present);
		params = {
			kind: "categorical",
			levels: ref.levels,
			shares: Array.from(shares),
			mode
		};
		raw = (row) => {
			const code = ref.codes[row];
			return shares[code < 0 ? mode : code];
		};
		for (let k = 0; k < values.length; k++) values[k] = shares[codes[k] < 0 ? mode : codes[k]];
	}
	let unit = 1;
	let { center, scale } = robustScale(values);
	if (!Number.isFinite(center) || scale !== null && !Number.isFinite(scale)) {
		const scaled = fitScaled(raw, training);
		if (typeof scaled === "string") return scaled;
		({unit, center, scale} = scaled);
		if (!(scale > 1e-12 * Math.max(1, Math.abs(center)))) scale = null;
	}
	if (scale === null) return "constant in the reference training rows";
	return {
		name: ref.name,
		params,
		reference: raw,
		unit,
		center,
		scale
	};
}
function withCandidate(fitted, cand) {
	const { params } = fitted;
	let candidate;
	if (params.kind === "numeric") {
		const values = cand.values;
		const fill = params.fill;
		candidate = (row) => {
			const value = values[row];
			return Number.isNaN(value) ? fill : value;
		};
	} else {
		const { levels, shares, mode } = params;
		const refIndex = new Map(levels.map((level, code) => [level, code]));
		const candCategorical = cand;
		const candShares = Float64Array.from(candCategorical.levels, (level) => {
			const code = refIndex.get(level);
			return code === undefined ? 0 : shares[code];
		});
		candidate = (row) => {
			const code = candCategorical.codes[row];
			return code < 0 ? shares[mode] : candShares[code];
		};
	}
	const reference = fitted.reference;
	return {
		name: fitted.name,
		params,
		encode: (side, row) => side === "reference" ? reference(row) : candidate(row),
		unit: fitted.unit,
		center: fitted.center,
		scale: fitted.scale
	};
}
function fitEncoder(ref, cand, training) {
	const fitted = fitReferenceEncoder(ref, training);
	return typeof fitted === "string" ? fitted : withCandidate(fitted, cand);
}
function robustScale(values) {
	const center = quantileSorted(ascending(values), .5);
	const mad = quantileSorted(ascending(values.map((value) => Math.abs(value - center))), .5) * MAD_TO_SD;
	const tiny = 1e-12 * Math.max(1, Math.abs(center));
	if (mad > tiny) return {
		center,
		scale: mad
	};
	const sd = Math.sqrt(meanVar(values, Math.min(1, values.length - 1)).variance);
	return {
		center,
		scale: sd > tiny ? sd : null
	};
}
function encodeRows(encoders, rows, side) {
	const d = encoders.length;
	const out = new Float64Array(rows.length * d);
	for (let j = 0; j < d; j++) {
		const { encode, unit, center, scale } = encoders[j];
		for (let i = 0; i < rows.length; i++) {
			const standardised = (encode(side, rows[i]) / unit - center) / scale;
			out[i * d + j] = Math.max(-STANDARDISED_BOUND, Math.min(STANDARDISED_BOUND, standardised));
		}
	}
	return out;
}
;
const MULTIVARIATE_MAX_COLUMNS = 300;
const MULTIVARIATE_MAX_ROWS = 2e4;
function multivariateCheck(reference, candidate, settings, features, kept) {
	if (!settings.enabled) return null;
	const inCandidate = new Set(candidate.columns.map((c) => c.name));
	const inReference = new Set(reference.columns.map((c) => c.name));
	const columns = features.filter((name) => inReference.has(name) && inCandidate.has(name));
	if (columns.length > MULTIVARIATE_MAX_COLUMNS) {
		const reason = `${columns.length} columns are more than the ${MULTIVARIATE_MAX_COLUMNS} the multivariate check takes; choose fewer with 'columns' or set multivariate: false`;
		return {
			status: "skipped",
			drift: false,
			outcome: "pass",
			reason,
			explanation: multivariateSkippedText(reason),
			columns: [],
			excludedColumns: [],
			rows: {
				referenceRows: reference.rows,
				candidateRows: candidate.rows,
				referenceUsed: 0,
				candidateUsed: 0,
				subsampled: false,
				note: null
			},
			varianceShare: settings.varianceShare,
			trainShare: DEFAULT_TRAIN_SHARE,
			seed: DEFAULT_SEED
		};
	}
	const options = {
		columns,
		maxRows: MULTIVARIATE_MAX_ROWS,
		varianceShare: settings.varianceShare,
		minIncrease: settings.minIncrease
	};
	return multivariateDrift(reference, candidate, options, kept);
}
function settle(run) {
	try {
		return {
			ok: true,
			value: run()
		};
	} catch (error) {
		return {
			ok: false,
			error
		};
	}
}
function jointChecks(reference, candidate, request, work) {
	const { rows, multivariate } = request;
	return {
		rows: settle(() => rows === null ? {
			findings: [],
			diff: null
		} : rowChecks(reference, candidate, rows, work?.rows)),
		multivariate: settle(() => multivariateCheck(reference, candidate, multivariate, multivariate.features, work?.multivariate))
	};
}
;
function plain(settled) {
	return "error" in settled ? {
		ok: false,
		error: errorData(settled.error)
	} : settled;
}
answerParent((asked) => {
	if (asked.kind === "columns") return evaluateShare(asked.reference, asked.candidate, asked.request);
	const result = jointChecks(asked.reference, asked.candidate, asked.request);
	const share = asked.share;
	return {
		rows: plain(result.rows),
		multivariate: plain(result.multivariate),
		...share ? { columns: plain(settle(() => evaluateShare(asked.reference, asked.candidate, share, "back"))) } : {}
	};
});
