<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>クラウドに接続できませんでした。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>クラウドが応答する前に接続が切断されました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>クラウドが時間内に応答しませんでした。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>ユーザー、パスワード、またはプロジェクトが受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>クラウドがリクエストをリダイレクトしました。API呼び出しではリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>クラウドから解釈できない応答が返されました。</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>クラウドプロファイルが不完全です: %1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>この操作を実行する権限がありません（HTTP 403）。</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>要求されたリソースが見つかりませんでした（HTTP 404）。</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>競合のため、クラウドがリクエストを拒否しました（HTTP 409）。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>クラウドがリクエストを制限しています（HTTP 429）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドで内部エラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The secure connection failed: the cloud&apos;s certificate was not accepted.</source>
        <translation>安全な接続に失敗しました: クラウドの証明書が受け入れられませんでした。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>Huawei Cloud IMSとOpenStackで仮想サーバのプライベートイメージを作成し、そのジョブを完了まで監視します。</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>今回の起動で使用する表示言語: %1。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>デモクラウドを使ってビューをオフスクリーンで描画し、PNGファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>表示するビュー: %1。</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>不明な言語「%1」です。使用可能な言語: %2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>不明なビュー「%1」です。使用可能なビュー: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshotにはファイル名が必要です。</translation>
    </message>
</context>
<context>
    <name>CloudPresets</name>
    <message>
        <source>Enter the identity service URL.</source>
        <translation>認証サービスのURLを入力してください。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://iam.eu-de.otc.t-systems.com/v3.</source>
        <translation>https://で始まるWebアドレスを入力してください（例: https://iam.eu-de.otc.t-systems.com/v3）。</translation>
    </message>
    <message>
        <source>The identity URL must end with /v3 (Keystone version 3).</source>
        <translation>認証URLの末尾は/v3にしてください（Keystone v3）。</translation>
    </message>
    <message>
        <source>The identity URL must not have a query (?) or fragment (#) part.</source>
        <translation>認証URLにはクエリ（?）やフラグメント（#）を含めないでください。</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the URL; use the fields below.</source>
        <translation>URLにユーザー名やパスワードを含めないでください。下の各欄に入力してください。</translation>
    </message>
    <message>
        <source>This address uses plain http: the password would travel unencrypted. Use https unless the cloud is on this computer.</source>
        <translation>このアドレスは暗号化されないhttpを使用しているため、パスワードが暗号化されずに送信されます。クラウドがこのコンピューター上にある場合を除き、httpsを使用してください。</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>ECSからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>ECSのデータディスクからデータディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>OBSバケットの外部イメージファイルからイメージを作成</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>データディスクからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>仮想サーバのイメージを作成（Nova createImage）</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>ボリュームからイメージを作成（Cinder: イメージへのアップロード）</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>Glanceでイメージを作成（イメージメタデータを作成し、イメージファイルをアップロード）</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。整合性のあるイメージにするため、先にECSを停止してください。</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMSがECSの選択した各データディスクから、データディスクイメージを1つずつ作成します。</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMSが、OBSバケットにアップロード済みの外部イメージファイルをインポートします。</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMSが、OSがインストールされたデータディスクからシステムディスクイメージを作成します。</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>コンピュートサービスが仮想サーバのスナップショットを取得し、新しいイメージを作成します。</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>ブロックストレージサービスがボリュームを新しいイメージにコピーします。</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>イメージメタデータを作成してから、ローカルのイメージファイルをアップロードします。</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>デモクラウドを起動できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>デモクラウドが時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>デモクラウドが予期しない最初の行を出力しました。</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>デモクラウドが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>デモクラウドを起動できませんでした（終了コード%1）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>Imagewrightへようこそ</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>クラウドプロファイルはまだありません。デモクラウドはこのコンピューター上で動作し、Huawei Cloud IMSおよびOpenStackのNova、Cinder、Glanceと同じように応答します。実際のイメージは作成されず、アカウントも不要です。</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>同梱のデモクラウドを起動して、すべての手順を試します。</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>実際のクラウド（Huawei Cloud、Open Telekom Cloud、FJcloud-O、OpenStack）のプロファイルは、プロファイルエディターの提供後に作成できるようになります。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名前は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>名前に使用できるのは英字（A–Z、a–z）、数字、ハイフン（-）、ピリオド（.）、アンダースコア（_）、スペースのみです。「%1」は使用できません。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>説明は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>説明には改行を使用できません。</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>説明には山括弧（&lt; &gt;）を使用できません。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>タグのキーを入力してください。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグのキーは%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>タグのキーには「.」や「=」を使用できません。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグの値は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>メモリサイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>最大メモリは最小メモリ以上にしてください。</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>同じタグのキーは1回しか使用できません。</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>System Disk Image from an ECS</source>
        <translation>ECSからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。名前と説明にはイメージ管理サービス（IMS）の規則が適用されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;N):</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>1～128文字の英数字、スペース、- . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>最小メモリ (MB)(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>最大メモリ (MB)(&amp;X):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>エンタープライズプロジェクトID(&amp;E):</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>タグ</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>イメージの作成元のECSを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>タグはtagsとimage_tagsのどちらか一方で指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_imagesはデータディスクイメージの作成方法で使用するもので、この方法では使用できません。</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>詳細を表示するには、イメージ作成ジョブを選択してください。</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>イメージの名前:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>クラウド:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>進捗:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ジョブID:</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>マーカータグ:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>完了日時:</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>イメージID:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>失敗理由:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>最新の応答</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1（クラウド: %2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1（タスク: %2）</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>イメージIDをクリップボードにコピーします</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>クラウドが作成リクエストに応答する前にアプリが終了しました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>作成リクエストを送信中</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>ジョブ履歴を保存できなかったため（%1）、何も送信していません</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>クラウドがジョブ%1として受け付けました</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>応答にjob_idが含まれていません</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>結果不明: %1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブ%1を監視しています</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>クラウドに問い合わせできませんでした: %1</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it.</source>
        <translation>監視を停止しました。クラウドはこの処理をキャンセルできないため、処理は続行されます。</translation>
    </message>
    <message>
        <source>the compute service sent no version document</source>
        <translation>コンピュートサービスからバージョン情報が返されませんでした</translation>
    </message>
    <message>
        <source>Compute API microversion %1</source>
        <extracomment>%1 = a compute API microversion such as 2.45</extracomment>
        <translation>コンピュートAPIのマイクロバージョン %1</translation>
    </message>
    <message>
        <source>Accepted by the compute service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>コンピュートサービスが受け付けました: イメージ %1</translation>
    </message>
    <message>
        <source>The compute service removed the image after a failure (it was purged). The server&apos;s instance actions tell the cause.</source>
        <translation>失敗後にコンピュートサービスがイメージを削除しました（パージ済み）。原因は仮想サーバのインスタンスアクションで確認できます。</translation>
    </message>
    <message>
        <source>The image ended as %1.</source>
        <extracomment>%1 = the image&apos;s status as Glance reports it (killed, deleted, ...)</extracomment>
        <translation>イメージは %1 で終了しました。</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>要確認</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>イメージ作成ジョブはまだありません。
「イメージを作成…」を選択してプライベートイメージを作成してください。ジョブはここに表示され、クラウドが終了を報告するまで監視されます。</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>イメージIDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>ポーリングを再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>このジョブの状態を今すぐクラウドに問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>このジョブについてクラウドへの問い合わせを停止します。クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>履歴から削除(&amp;H)</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の監視を停止しますか？</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewrightはこのジョブについてクラウドへの問い合わせを停止します。クラウドではイメージ作成ジョブをキャンセルできないため、処理は続行されます。イメージが後でクラウドのイメージ一覧に表示される場合があります。</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」を履歴から削除しますか？</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>このジョブはクラウドでまだ実行中です。削除してもこの一覧から消えるだけで、クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>イメージの名前、イメージID、クラウド、状態で絞り込み</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>失敗または監視停止</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>監視停止</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job history %1 is locked by another process</source>
        <extracomment>%1 = path of the job history file</extracomment>
        <translation>ジョブ履歴%1は別のプロセスによってロックされています</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>監視を停止しました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>作成方法</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Validation of a key/value row. %1 = row number in the table, %2 = the message</extracomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>metadata key</comment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>metadata value</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>A&amp;dd Item</source>
        <translation>項目を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>項目を削除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>キーチェーンが時間内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>認証サービスからトークンまたは有効期限が返されませんでした</translation>
    </message>
    <message>
        <source>no password is stored for this profile</source>
        <translation>このプロファイルにはパスワードが保存されていません</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>キーチェーンを読み取れませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>イメージを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>プライベートイメージを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>デモクラウド（ローカル）を起動(&amp;D)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>クラウドプロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>Imagewrightについて(&amp;A)</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>クラウドプロファイルなし</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>プロファイル: %1（%2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>デモクラウドを起動しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>「イメージを作成」にはクラウドプロファイルが必要です。「ファイル」メニューからデモクラウドを起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>実行中のイメージ作成ジョブ: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>Imagewrightについて</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

Huawei Cloud IMSおよびOpenStack（Nova、Cinder、Glance）で仮想サーバのプライベートイメージを作成し、クラウドが終了を報告するまで各イメージ作成ジョブを監視します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add, edit and test cloud profiles</source>
        <translation>クラウドプロファイルを追加、編集、テストします</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>The cloud profile the main window works with</source>
        <translation>メインウィンドウで使用するクラウドプロファイル</translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this profile.</source>
        <translation>このプロファイルのパスワードはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is used for this session only.</source>
        <extracomment>Status bar. %1 = the keychain&apos;s reason</extracomment>
        <translation>パスワードをシステムのキーチェーンに保存できませんでした（%1）。今回のセッションでのみ使用します。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>このバージョンのImagewrightは、この方法にまだ対応していません。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>%1のクラウドにはイメージ管理サービス（IMS）がありません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>クラウドのサービスカタログに「%1」サービスがありません。</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>プライベートイメージの作成方法を選択してください。</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>クラウドが提供するサービスを確認しています…</translation>
    </message>
</context>
<context>
    <name>NovaCreateImageRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>イメージの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name may have at most %1 bytes of UTF-8; this one has %2. Letters outside ASCII take two to four bytes each.</source>
        <extracomment>%1 = the limit (242), %2 = the name&apos;s size; bytes of UTF-8, not characters</extracomment>
        <translation>名前はUTF-8で%1バイト以内にしてください（現在%2バイト）。ASCII以外の文字は1文字につき2～4バイトになります。</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>名前にはタブや改行などの制御文字を使用できません。</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>イメージの作成元の仮想サーバを選択してください。</translation>
    </message>
    <message>
        <source>Enter a key for this metadata item.</source>
        <translation>このメタデータ項目のキーを入力してください。</translation>
    </message>
    <message>
        <source>A metadata key may have at most %1 characters.</source>
        <translation>メタデータのキーは%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A metadata key may only contain ASCII letters, digits, spaces and - _ : .</source>
        <translation>メタデータのキーに使用できるのは、ASCIIの英字、数字、スペース、- _ : . のみです。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>キー「%1」が2回使用されています。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is reserved: Imagewright uses it to find the image again.</source>
        <translation>キー「%1」は予約されています。Imagewrightがイメージを再び見つけるために使用します。</translation>
    </message>
    <message>
        <source>A metadata value may have at most %1 characters.</source>
        <translation>メタデータの値は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The body must be {&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}.</source>
        <translation>リクエストボディは{&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}の形式にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>The metadata value of &quot;%1&quot; must be a text.</source>
        <translation>「%1」のメタデータの値は文字列で指定してください。</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object of texts, e.g. {&quot;ImageType&quot;: &quot;Gold&quot;}.</source>
        <translation>「metadata」は値が文字列のオブジェクトで指定してください（例: {&quot;ImageType&quot;: &quot;Gold&quot;}）。</translation>
    </message>
</context>
<context>
    <name>NovaPage</name>
    <message>
        <source>Image of a Server (Nova createImage)</source>
        <translation>仮想サーバのイメージ（Nova createImage）</translation>
    </message>
    <message>
        <source>The compute service snapshots the server into a new private image. The name and metadata follow Nova&apos;s rules.</source>
        <translation>コンピュートサービスが仮想サーバのスナップショットから新しいプライベートイメージを作成します。名前とメタデータはNovaのルールに従います。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;N):</translation>
    </message>
    <message>
        <source>1–%1 bytes of UTF-8, no leading or trailing space</source>
        <extracomment>%1 = the byte limit (242)</extracomment>
        <translation>UTF-8で1～%1バイト、先頭と末尾にスペース不可</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>group box title: image properties</comment>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Optional image properties. Keys: ASCII letters, digits, spaces and - _ : . (up to 255); values up to 255 characters.</source>
        <translation>イメージの任意のプロパティ。キー: 英数字、スペース、- _ : .（255文字まで）。値: 255文字まで。</translation>
    </message>
    <message>
        <source>Before you choose this method:
• Servers created from this image must be in the same availability zone as the original server.
• The image cannot be exported to an OBS bucket; use the IMS system disk image method for that.
• Deleting the image does not delete its snapshots, and deleting the server does not delete the image: remove them yourself.
• The image cannot be used to create data disks.
• Imagewright adds the metadata item %1 to find the image again.</source>
        <extracomment>%1 = the reserved metadata key, imagewright_op</extracomment>
        <translation>この方法を選ぶ前に:
• このイメージから作成する仮想サーバは、元の仮想サーバと同じAvailability Zoneに置く必要があります。
• このイメージはOBSバケットへエクスポートできません。その場合はIMSのシステムディスクイメージ作成方法を使ってください。
• イメージを削除してもスナップショットは削除されず、仮想サーバを削除してもイメージは削除されません。ご自身で削除してください。
• このイメージからデータディスクは作成できません。
• Imagewrightはイメージを再び見つけるため、メタデータ項目 %1 を追加します。</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>仮想サーバ</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <extracomment>%1 = bytes of UTF-8 the name uses, %2 = the limit (242)</extracomment>
        <translation>%1 / %2 バイト</translation>
    </message>
</context>
<context>
    <name>OpenStackEnv</name>
    <message>
        <source>OS_CLOUD (clouds.yaml) is not supported by this version yet. Set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME instead, or use --profile.</source>
        <translation>このバージョンはOS_CLOUD（clouds.yaml）にまだ対応していません。代わりにOS_AUTH_URL、OS_USERNAME、OS_PASSWORD、OS_PROJECT_NAMEを設定するか、--profileを使用してください。</translation>
    </message>
    <message>
        <source>The OpenStack environment is incomplete: %1 not set. Set them (e.g. source your openrc file) or use --profile.</source>
        <extracomment>%1 = list of environment variable names</extracomment>
        <translation>OpenStackの環境変数が不足しています: %1が設定されていません。これらを設定する（例: openrcファイルをsourceで読み込む）か、--profileを使用してください。</translation>
    </message>
    <message>
        <source>OS_AUTH_URL is not an http(s) address: %1</source>
        <extracomment>%1 = the value of OS_AUTH_URL</extracomment>
        <translation>OS_AUTH_URLがhttp(s)のアドレスではありません: %1</translation>
    </message>
    <message>
        <source>OS_AUTH_URL points at Keystone v2.0; Imagewright needs Keystone v3.</source>
        <translation>OS_AUTH_URLはKeystone v2.0を指しています。ImagewrightにはKeystone v3が必要です。</translation>
    </message>
    <message>
        <source>%1 other than &quot;default&quot; is not supported by this version yet; set %2 instead.</source>
        <extracomment>%1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME</extracomment>
        <translation>このバージョンは「default」以外の%1にまだ対応していません。代わりに%2を設定してください。</translation>
    </message>
    <message>
        <source>OS_INTERFACE must be public, internal or admin, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value of OS_INTERFACE</extracomment>
        <translation>OS_INTERFACEにはpublic、internal、adminのいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>OS_CACERT is not supported by this version yet; the system&apos;s certificate authorities are used.</source>
        <translation>このバージョンはOS_CACERTにまだ対応していません。システムの認証局が使用されます。</translation>
    </message>
    <message>
        <source>Environment (%1@%2)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = user, %2 = project</extracomment>
        <translation>環境変数（%1@%2）</translation>
    </message>
    <message>
        <source>OS_AUTH_TYPE=%1 is not supported by this version yet; only password and application credential authentication are.</source>
        <extracomment>%1 = the value of OS_AUTH_TYPE</extracomment>
        <translation>このバージョンはOS_AUTH_TYPE=%1にまだ対応していません。対応しているのはパスワード認証とアプリケーションクレデンシャル認証のみです。</translation>
    </message>
    <message>
        <source>Environment (application credential %1)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = the credential&apos;s ID or name</extracomment>
        <translation>環境変数（アプリケーションクレデンシャル %1）</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password Needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>Enter the password of user %2 for the cloud profile “%1”.</source>
        <extracomment>%1 = cloud profile name, %2 = user name</extracomment>
        <translation>クラウドプロファイル「%1」のユーザー%2のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>押している間、パスワードを表示します</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use for this session only (forgotten when Imagewright quits)</source>
        <translation>今回のセッションでのみ使用（Imagewrightの終了時に破棄）(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>クラウドプロファイル</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>パスワードはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>キーチェーンへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <extracomment>%1 = the keychain&apos;s reason. Nothing is written anywhere else (no plaintext).</extracomment>
        <translation>パスワードをシステムのキーチェーンに保存できませんでした（%1）。他の場所にも書き込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new cloud profile</source>
        <translation>新しいクラウドプロファイルを追加します</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new profile from a copy of this one</source>
        <translation>このプロファイルのコピーから新しいプロファイルを作成します</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>Delete this profile and remove its password from the system keychain</source>
        <translation>このプロファイルを削除し、そのパスワードをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <source>Everything needed to sign in to one project in one region. The password is kept in the system keychain, never in a file.</source>
        <translation>1つのリージョンの1つのプロジェクトにサインインするための設定です。パスワードはファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>profile name</comment>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>For example: Production, Frankfurt</source>
        <translation>例: 本番環境、フランクフルト</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>クラウド(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation>認証URL(&amp;I):</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>The Keystone version 3 (IAM) address; it ends with /v3.</source>
        <translation>Keystone v3（IAM）のアドレスです。末尾は/v3です。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>押している間、パスワードを表示します</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>今回のセッションのみ使用</translation>
    </message>
    <message>
        <source>Keep the password in memory until Imagewright quits; it is not saved anywhere.</source>
        <translation>Imagewrightを終了するまでパスワードをメモリに保持します。どこにも保存されません。</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>ユーザードメイン(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>プロジェクト名(&amp;P):</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>プロジェクトID(&amp;J):</translation>
    </message>
    <message>
        <source>Instead of the project name</source>
        <translation>プロジェクト名の代わりに指定</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>プロジェクトドメイン(&amp;M):</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>インターフェース(&amp;F):</translation>
    </message>
    <message>
        <source>public</source>
        <comment>Keystone endpoint interface</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>Keystone endpoint interface</comment>
        <translation>internal</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>Keystone endpoint interface</comment>
        <translation>admin</translation>
    </message>
    <message>
        <source>Which catalog endpoints to use; public unless your cloud&apos;s administrator says otherwise.</source>
        <translation>使用するサービスカタログのエンドポイントです。クラウドの管理者から指示がない限り、publicを選択してください。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in with these values without saving them, and list what the cloud offers</source>
        <translation>入力した値を保存せずにサインインし、クラウドが提供するサービスを一覧表示します</translation>
    </message>
    <message>
        <source>Use T&amp;his Profile</source>
        <translation>このプロファイルを使用(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>フォームの変更を破棄します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — the profile in use</source>
        <extracomment>Tooltip in the profile list. %1 = cloud family</extracomment>
        <translation>%1 — 使用中のプロファイル</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>Profile list entry of a profile that is not saved yet. %1 = its name</extracomment>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Imagewright manages this profile: it follows the local demo cloud.</source>
        <translation>このプロファイルはImagewrightが管理し、ローカルのデモクラウドに合わせて更新します。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>この名前は別のプロファイルで使用されています。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>リージョンを選択してください。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain: often Default; on Huawei Cloud and Open Telekom Cloud, the account name.</source>
        <translation>ユーザーのドメインを入力してください。通常はDefaultです。Huawei CloudとOpen Telekom Cloudではアカウント名を入力します。</translation>
    </message>
    <message>
        <source>Enter a project name or a project ID.</source>
        <translation>プロジェクト名またはプロジェクトIDを入力してください。</translation>
    </message>
    <message>
        <source>The project ID is used; the project name is only kept for reference.</source>
        <translation>プロジェクトIDが使用されます。プロジェクト名は参考として保持されるだけです。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (needed with a project name).</source>
        <translation>プロジェクトのドメインを入力してください（プロジェクト名を指定する場合は必須）。</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>先に変更を保存してください。</translation>
    </message>
    <message>
        <source>This profile is in use.</source>
        <translation>このプロファイルは使用中です。</translation>
    </message>
    <message>
        <source>Switch the main window to this profile</source>
        <translation>メインウィンドウをこのプロファイルに切り替えます</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved. Discard them?</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>プロファイル「%1」には保存されていない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile. %1 = the original&apos;s name</extracomment>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Delete the cloud profile “%1”? Its password is removed from the system keychain. Image jobs already on the cloud are not affected.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>クラウドプロファイル「%1」を削除しますか？パスワードはシステムのキーチェーンから削除されます。クラウド上の既存のイメージ作成ジョブには影響しません。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>パスワードをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The password is used until Imagewright quits. It is not saved.</source>
        <translation>パスワードはImagewrightを終了するまで使用され、保存はされません。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <extracomment>%1 = the identity URL</extracomment>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Signed in, but the catalog has no services for region %1 on this interface. Regions in the catalog: %2.</source>
        <extracomment>%1 = region, %2 = the regions the catalog names</extracomment>
        <translation>サインインしましたが、このインターフェースでは、カタログに%1のサービスがありません。カタログ内のリージョン: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>None of the image creation methods: the catalog has no image, compute or volume service here.</source>
        <translation>使用できるイメージ作成方法はありません: ここではカタログにイメージ、コンピュート、ボリュームのいずれのサービスもありません。</translation>
    </message>
    <message>
        <source>Connected. Services in %1: %2.
Image creation methods available: %3</source>
        <extracomment>%1 = region, %2 = service types such as &quot;compute, image, volumev3&quot;, %3 = the creation methods they enable</extracomment>
        <translation>接続しました。%1のサービス: %2。
使用可能なイメージ作成方法: %3</translation>
    </message>
    <message>
        <source>Not needed: the demo cloud&apos;s password is built in</source>
        <translation>不要: デモクラウドのパスワードは組み込み済みです</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>保存済みのパスワードを使う場合は空欄のままにします</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <extracomment>%1 = the JSON parser&apos;s message, %2 = character offset in the file</extracomment>
        <translation>ファイルが有効なJSONではありません: %1（%2文字目）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>ファイルには1つのJSONオブジェクトを記述してください。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a whole number.</source>
        <translation>「format」は整数で指定してください。</translation>
    </message>
    <message>
        <source>Request file format %1 is not supported; this version reads format %2.</source>
        <extracomment>%1 = the format number in the file, %2 = the one this version reads</extracomment>
        <translation>リクエストファイルの形式%1には対応していません。このバージョンが読み込めるのは形式%2です。</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing.</source>
        <translation>「method」がありません。</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a text.</source>
        <translation>「method」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;. Known methods: %2.</source>
        <extracomment>%1 = the method named in the file, %2 = the list of method keys</extracomment>
        <translation>不明な作成方法「%1」です。使用可能な作成方法: %2。</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>「params」はJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>&quot;body&quot; is missing.</source>
        <translation>「body」がありません。</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a JSON object.</source>
        <translation>「body」はJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not part of a request file and is ignored.</source>
        <extracomment>%1 = a top-level key of the request file</extracomment>
        <translation>キー「%1」はリクエストファイルの項目ではないため、無視されます。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; (%2) is not supported by this version yet.</source>
        <extracomment>%1 = the method key, e.g. nova-create-image; %2 = the method&apos;s title</extracomment>
        <translation>このバージョンは作成方法「%1」（%2）にまだ対応していません。</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a path.</source>
        <translation>「file」はパスで指定してください。</translation>
    </message>
    <message>
        <source>params.%1 is not used by the method &quot;%2&quot; and is ignored.</source>
        <extracomment>%1 = a key under &quot;params&quot;, %2 = the method key</extracomment>
        <translation>params.%1は作成方法「%2」では使用されないため、無視されます。</translation>
    </message>
    <message>
        <source>body.%1 is not a field Imagewright knows; it is sent to the cloud as given.</source>
        <extracomment>%1 = a key of the request body the app does not know</extracomment>
        <translation>body.%1はImagewrightが認識しないフィールドです。指定どおりにクラウドへ送信されます。</translation>
    </message>
    <message>
        <source>Cannot read the request file %1: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>リクエストファイル%1を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>サービスカタログにこのリージョンの「%1」エンドポイントがありません</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>無効なアドレス「%1」</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1はクラウドのサービスカタログに含まれるアドレスではありません</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>リクエストID: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>確認</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>［作成］で送信されるリクエストそのものです。その後、クラウドはイメージを非同期ジョブとして処理し、ジョブモニターがそれを監視します。</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>create the image</comment>
        <translation>作成</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>リクエスト(&amp;R):</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>クラウドにリクエストを送信しています…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewrightはタグ%1を追加します。これにより、クラウドの応答が途中で失われても、このジョブを再び見つけることができます。</translation>
    </message>
    <message>
        <source>Save Request File</source>
        <translation>リクエストファイルを保存</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>リクエストファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The request file %1 could not be saved: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>リクエストファイル%1を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Send it later with: imagewright submit FILE</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1に保存しました。後で次のコマンドで送信できます: imagewright submit FILE</translation>
    </message>
    <message>
        <source>Copied. Set OS_TOKEN to a token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>コピーしました。実行する前に、OS_TOKENにこのプロジェクトのトークンを設定してください。このコマンドで作成したイメージは、ジョブモニターでは監視されません。</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>リクエストを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save these inputs as a request file, to send later with imagewright submit or open again.</source>
        <translation>入力内容をリクエストファイルとして保存します。後でimagewright submitで送信したり、再び開いたりできます。</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curlコマンドとしてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. The token is left as $OS_TOKEN.</source>
        <translation>このリクエストをcurlのコマンドラインとしてコピーします。トークンは$OS_TOKENのままになります。</translation>
    </message>
    <message>
        <source>&lt;negotiated when sending&gt;</source>
        <extracomment>A request header shown on the review page; the microversion is chosen when sending</extracomment>
        <translation>&lt;送信時に決定&gt;</translation>
    </message>
    <message>
        <source>Imagewright adds the metadata item %1 so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker metadata item, e.g. imagewright_op=1b2c...</extracomment>
        <translation>クラウドの応答が途中で失われても再びイメージを見つけられるよう、Imagewrightはメタデータ項目 %1 を追加します。</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>デモクラウドのデータが%n秒以内にすべて届きませんでした。スクリーンショットには、届いた分だけが表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>一時フォルダーを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>ウィザードを開けませんでした: クラウドプロファイルがありません。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>スクリーンショットを%1に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>クラウドの仮想サーバ一覧を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>実行中: 整合性のあるイメージにするには停止してください</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMSがイメージを作成できるのは、停止中または実行中のECSのみです。このECSの状態は%1です。</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>このECSではタスクが進行中です（%1）。タスクが終了するまで、IMSはこのECSを受け付けません。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>名前、状態、ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>クラウドからECS一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>ECS一覧を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>%n台のECSを表示中。イメージ作成に使用できるのは%1台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>「%1」は実行中です。IMSは実行中のECSも受け付けますが、整合性のあるイメージにするため、先に停止してください。イメージ作成中に書き込まれているファイルが、書き込み途中の状態で取り込まれる可能性があります。</translation>
    </message>
    <message>
        <source>Nova cannot snapshot a server in %1 state.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>Novaは状態が %1 の仮想サーバのスナップショットを取得できません。</translation>
    </message>
    <message>
        <source>A task is in progress on this server (%1); Nova refuses a snapshot until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>この仮想サーバでタスクが実行中です（%1）。タスクが終わるまでNovaはスナップショットを受け付けません。</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Sends the request file to the cloud and records the job in the job monitor.</source>
        <translation>リクエストファイルをクラウドに送信し、ジョブをジョブモニターに記録します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_AUTH_URL, OS_USERNAME, ...) is used.</source>
        <translation>使用する保存済みクラウドプロファイル（名前またはID）。省略すると、OpenStackの環境変数（OS_AUTH_URL、OS_USERNAME、...）が使用されます。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Wait until the cloud has finished the image, then print its ID.</source>
        <translation>クラウドがイメージの作成を完了するまで待機し、そのIDを出力します。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>指定した秒数が経過したら待機を打ち切ります（終了コード4。ジョブはジョブモニターに残ります）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The kind of cloud: %1. Default: guessed from the auth URL.</source>
        <extracomment>%1 = the list of family keys</extracomment>
        <translation>クラウドの種類: %1。省略時は認証URLから推測します。</translation>
    </message>
    <message>
        <source>family</source>
        <comment>command line value name</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The request file (JSON; see docs/request-files.md).</source>
        <translation>リクエストファイル（JSON。docs/request-files.mdを参照）。</translation>
    </message>
    <message>
        <source>Give the request file: imagewright submit REQUEST.json</source>
        <translation>リクエストファイルを指定してください: imagewright submit REQUEST.json</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profileにはプロファイル名が必要です。</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--timeoutには0より大きい整数の秒数を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Unknown family &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>不明なクラウドの種類「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 = a warning about the request file</extracomment>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The request file %1 is not valid; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path</extracomment>
        <translation>リクエストファイル%1は無効です。何も送信していません:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>One validation message. %1 = field path such as body.name, %2 = message</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;. Saved profiles: %2</source>
        <extracomment>%1 = the profile asked for, %2 = the saved profile names</extracomment>
        <translation>「%1」という名前の保存済みクラウドプロファイルはありません。保存済みのプロファイル: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <extracomment>%1 = the profile name</extracomment>
        <translation>「%1」という名前の保存済みプロファイルが複数あります。代わりにIDを指定してください。</translation>
    </message>
    <message>
        <source>No cloud given: use --profile NAME, or set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your openrc file).</source>
        <translation>クラウドが指定されていません。--profile NAMEを使用するか、OS_AUTH_URL、OS_USERNAME、OS_PASSWORD、OS_PROJECT_NAMEを設定してください（例: openrcファイルをsourceで読み込む）。</translation>
    </message>
    <message>
        <source>%1 is not offered by %2 clouds.</source>
        <extracomment>%1 = method title, %2 = cloud family name</extracomment>
        <translation>%2のクラウドでは「%1」を利用できません。</translation>
    </message>
    <message>
        <source>warning: %1 (The family was guessed from the auth URL; --family says it.) Trying anyway.</source>
        <extracomment>%1 = the sentence above</extracomment>
        <translation>警告: %1（クラウドの種類は認証URLから推測したものです。--familyで指定できます。）このまま試行します。</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>クラウドプロファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <extracomment>%1 = auth URL</extracomment>
        <translation>%1にサインインしています…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <extracomment>%1 = why signing in failed</extracomment>
        <translation>サインインできませんでした: %1</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service, which this method needs.</source>
        <translation>クラウドのサービスカタログに、この作成方法に必要なイメージサービスがありません。</translation>
    </message>
    <message>
        <source>Sending the create request for “%1” to %2…</source>
        <extracomment>%1 = the image name, %2 = the URL the create goes to</extracomment>
        <translation>「%1」の作成リクエストを%2に送信しています…</translation>
    </message>
    <message>
        <source>The cloud refused the request: %1</source>
        <extracomment>%1 = the cloud&apos;s answer</extracomment>
        <translation>クラウドがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>リクエストID: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 The job is in the monitor as “needs attention”; do not simply send it again.</source>
        <extracomment>%1 = why the outcome is unknown</extracomment>
        <translation>結果は不明です: %1 ジョブは「要確認」としてジョブモニターに記録されています。そのまま再送信しないでください。</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1.</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>クラウドがジョブ%1として受け付けました。</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>クラウドがイメージの作成を完了するのを待っています…</translation>
    </message>
    <message>
        <source>The job was removed from the monitor.</source>
        <translation>ジョブがジョブモニターから削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready.</source>
        <extracomment>%n = number of images</extracomment>
        <translation>
            <numerusform>%n 個のイメージの準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud could not create the image: %1</source>
        <extracomment>%1 = the cloud&apos;s error code and reason</extracomment>
        <translation>クラウドでイメージを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The job needs attention: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>ジョブの確認が必要です: %1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <extracomment>Progress on stderr. %1 = the cloud&apos;s job ID, %2 = status, percentage and task</extracomment>
        <translation>ジョブ%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <extracomment>%n = seconds</extracomment>
        <translation>
            <numerusform>%n秒経過しても実行中です。ジョブはジョブモニターに残り、完了まで監視されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted while the create request was on its way. The job is in the monitor; its outcome is unknown until the app reconciles it.</source>
        <translation>作成リクエストの送信中に中断されました。ジョブはジョブモニターに記録されていますが、アプリが照合するまで結果は不明です。</translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>中断されました。クラウドはジョブの処理を続行し、ジョブモニターが引き続き監視します。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>中断されました。何も送信していません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no compute service, which this method needs.</source>
        <translation>クラウドのサービスカタログに、この方法に必要なコンピュートサービスがありません。</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>イメージ作成ジョブを送信しました</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>ジョブモニターは、イメージが使用可能になるか、クラウドが失敗を報告するまでジョブを監視します。このウィザードは閉じてもかまいません。アプリを終了しても、クラウド上のジョブは停止しません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の作成に対するクラウドの応答が途中で失われました。Imagewrightはマーカータグでジョブを検索し、見つかった内容をジョブモニターに表示します。</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>クラウドが「%1」のリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブID: %1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = the new image&apos;s ID</extracomment>
        <translation>イメージID: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>タグを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>タグを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>送信形式:</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags（キー/値オブジェクト）</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags（&quot;key.value&quot;形式のタグ）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>タグは設定されていません。</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>送信内容: %1</translation>
    </message>
</context>
</TS>
